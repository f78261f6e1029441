using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Tenants;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Tenants.CreateTenant;

/// <summary>
/// Create a jurisdiction. It starts with no scoring scheme ("no scheme yet": its officials set one up before events
/// score) and no users; a platform administrator invites its officials.
/// </summary>
public sealed record CreateTenant(string? Slug, string? NameZh, string? NameEn, string? Kind, string? Parent) : ICommand<JurisdictionDto>;

public sealed class CreateTenantHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<CreateTenant, JurisdictionDto>
{
    public async ValueTask<JurisdictionDto> Handle(CreateTenant request, CancellationToken cancellationToken)
    {
        Jurisdictions.EnsurePlatform(actor);
        var slug = request.Slug!.Trim();
        if (await db.Tenants.AnyAsync(t => t.Slug == slug, cancellationToken))
        {
            throw new ConflictException("A jurisdiction already has this slug.", Jurisdictions.SlugTakenCode);
        }

        Guid? parentId = null;
        if (!string.IsNullOrWhiteSpace(request.Parent))
        {
            parentId = (await db.Tenants.AsNoTracking().Where(t => t.Slug == request.Parent).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken))
                ?? throw RequestValidationException.For("parent", TenantErrorCodes.UnknownParent, "No jurisdiction has this parent slug.");
        }

        var tenant = new Tenant
        {
            Id = Guid.CreateVersion7(),
            Slug = slug,
            Kind = Jurisdictions.ParseKind(request.Kind)!.Value,
            ParentId = parentId,
            CreatedAt = clock.GetUtcNow(),
        };
        tenant.Rename(request.NameZh!.Trim(), request.NameEn!.Trim());
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(cancellationToken);
        return Jurisdictions.Describe(await db.Tenants.AsNoTracking().ToListAsync(cancellationToken)).Single(t => t.Id == tenant.Id);
    }
}
