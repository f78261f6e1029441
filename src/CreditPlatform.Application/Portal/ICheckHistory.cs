using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Portal;

using CreditPlatform.Application.Portal.GetMyChecks;

/// <summary>Reads the write-only check log through its one narrow function, for one identifier hash.</summary>
public interface ICheckHistory
{
    Task<IReadOnlyList<CheckOfMe>> OfIdentifierAsync(byte[] identifierHash, int limit, CancellationToken ct);
}
