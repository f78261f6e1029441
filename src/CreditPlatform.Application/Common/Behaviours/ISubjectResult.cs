using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Audit;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Application.Common.Behaviours;

/// <summary>A response that names the subject it concerns, so the audit row can point at it.</summary>
public interface ISubjectResult
{
    Guid SubjectId { get; }
}
