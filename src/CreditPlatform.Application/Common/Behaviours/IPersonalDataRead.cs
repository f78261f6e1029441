using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Audit;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Application.Common.Behaviours;

/// <summary>A request that reads a person's data; it is audited like a write.</summary>
public interface IPersonalDataRead
{
    Guid? AuditSubjectId { get; }
}
