using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Audit;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Application.Common.Behaviours;

/// <summary>A command that names the subject it touches, for the audit trail.</summary>
public interface ISubjectCommand
{
    Guid? AuditSubjectId { get; }
}
