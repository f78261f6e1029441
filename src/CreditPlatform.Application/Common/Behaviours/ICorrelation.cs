using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Audit;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Application.Common.Behaviours;

/// <summary>The request's correlation id (from the X-Correlation-Id header, or generated).</summary>
public interface ICorrelation
{
    string? Id { get; }
}
