using CreditPlatform.Application.Tenants;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Access;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.ApiKeys.CreateApiKey;

/// <summary>Issue a key for an external system. The secret is returned once and stored only hashed.</summary>
public sealed record CreateApiKey(string? Name, string? Tenant, IReadOnlyList<string>? Scopes) : ICommand<CreatedApiKey>;

/// <param name="IssuedBy">The person the key acts for ("user:{id}", or "key:{id}" for a system actor).</param>
public sealed record CreatedApiKey(Guid Id, string Secret, string Name, string? Tenant, IReadOnlyList<string> Scopes, string IssuedBy);

public sealed class CreateApiKeyHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CreateApiKey, CreatedApiKey>
{
    public async ValueTask<CreatedApiKey> Handle(CreateApiKey request, CancellationToken cancellationToken)
    {
        Guid? tenantId = null;
        if (!string.IsNullOrEmpty(request.Tenant))
        {
            tenantId = await db.Tenants.Where(t => t.Slug == request.Tenant).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw RequestValidationException.For("tenant", TenantErrorCodes.UnknownSlug, "No jurisdiction has this slug.");
        }

        // A tenant's official issues keys for their own tenant only; platform keys need a platform actor.
        if (!actor.IsPlatform && (tenantId is null || tenantId != actor.TenantId))
        {
            throw new ForbiddenException("You may issue keys only for your own jurisdiction.");
        }

        var scopes = request.Scopes!.Distinct().ToArray();

        // A key acts for its issuer, so it carries nothing its issuer lacks (a key issuing keys passes on its own scopes only).
        if (scopes.FirstOrDefault(s => !actor.HasScope(s)) is { } missing)
        {
            throw new ForbiddenException($"You do not hold the scope '{missing}', so no key you issue may carry it.",
                new Dictionary<string, object?> { ["scope"] = missing });
        }
        if (tenantId is not null && scopes.Contains(Common.Abstractions.Scopes.TenantsWrite))
        {
            throw RequestValidationException.For("scopes", ApiKeyErrorCodes.ScopePlatformOnly, "tenants:write is a platform scope.");
        }

        var secret = ApiKeySecrets.New();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Name = request.Name!.Trim(),
            KeyHash = ApiKeySecrets.Hash(secret),
            Prefix = secret[..8],
            Scopes = scopes,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Label,
            IssuedByUserId = actor.PersonUserId,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(key.Id, secret, key.Name, request.Tenant, scopes,
            key.IssuedByUserId is { } issuer ? PersonResolver.UserLabel(issuer) : PersonResolver.KeyLabel(key.Id));
    }
}
