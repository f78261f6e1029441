using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Tenants.MoveTenant;

/// <summary>Put a jurisdiction under another parent, or at the top (no parent). A jurisdiction never ends up under itself.</summary>
public sealed record MoveTenant(string? Parent) : ICommand<JurisdictionDto>
{
    [JsonIgnore]
    public string Slug { get; init; } = "";
}

public sealed class MoveTenantHandler(IAppDbContext db, ICurrentActor actor) : ICommandHandler<MoveTenant, JurisdictionDto>
{
    public async ValueTask<JurisdictionDto> Handle(MoveTenant request, CancellationToken cancellationToken)
    {
        Jurisdictions.EnsurePlatform(actor);
        var all = await db.Tenants.ToListAsync(cancellationToken);
        var tenant = all.FirstOrDefault(t => t.Slug == request.Slug) ?? throw new NotFoundException("No jurisdiction has this slug.");
        Guid? parentId = null;
        if (!string.IsNullOrWhiteSpace(request.Parent))
        {
            var parent = all.FirstOrDefault(t => t.Slug == request.Parent.Trim())
                ?? throw RequestValidationException.For("parent", TenantErrorCodes.UnknownParent, "No jurisdiction has this parent slug.");
            var byId = all.ToDictionary(t => t.Id);
            for (Guid? at = parent.Id; at is { } id; at = byId.TryGetValue(id, out var up) ? up.ParentId : null)
            {
                if (id == tenant.Id)
                {
                    throw new BusinessRuleException(Jurisdictions.CycleCode,
                        "A jurisdiction can't be moved under itself or under one of its own sub-jurisdictions.");
                }
            }

            parentId = parent.Id;
        }

        tenant.ParentId = parentId;
        await db.SaveChangesAsync(cancellationToken);
        return Jurisdictions.Describe(all).Single(t => t.Id == tenant.Id);
    }
}
