using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Tenants.RenameTenant;

/// <summary>Give a jurisdiction new Chinese and English names (its slug stays: API clients address it by the slug).</summary>
public sealed record RenameTenant(string? NameZh, string? NameEn) : ICommand<JurisdictionDto>
{
    [JsonIgnore]
    public string Slug { get; init; } = "";
}

public sealed class RenameTenantHandler(IAppDbContext db, ICurrentActor actor) : ICommandHandler<RenameTenant, JurisdictionDto>
{
    public async ValueTask<JurisdictionDto> Handle(RenameTenant request, CancellationToken cancellationToken)
    {
        Jurisdictions.EnsurePlatform(actor);
        var tenant = await Jurisdictions.RequireAsync(db, request.Slug, cancellationToken);
        tenant.Rename(request.NameZh!.Trim(), request.NameEn!.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return Jurisdictions.Describe(await db.Tenants.AsNoTracking().ToListAsync(cancellationToken)).Single(t => t.Id == tenant.Id);
    }
}
