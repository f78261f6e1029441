using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Tenants.CloseTenant;

/// <summary>
/// Close a jurisdiction: from now on it takes no new events and no new listings; its scores, ledger, lists and
/// appeals stay readable (and its appeals can still be decided). Closing twice keeps the first date.
/// </summary>
public sealed record CloseTenant : ICommand<JurisdictionDto>
{
    [JsonIgnore]
    public string Slug { get; init; } = "";
}

public sealed class CloseTenantHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<CloseTenant, JurisdictionDto>
{
    public async ValueTask<JurisdictionDto> Handle(CloseTenant request, CancellationToken cancellationToken)
    {
        Jurisdictions.EnsurePlatform(actor);
        var tenant = await Jurisdictions.RequireAsync(db, request.Slug, cancellationToken);
        tenant.ClosedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Jurisdictions.Describe(await db.Tenants.AsNoTracking().ToListAsync(cancellationToken)).Single(t => t.Id == tenant.Id);
    }
}
