using System.Text.Json.Serialization;
using CreditPlatform.Application.ApiKeys;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Users.DisableUser;

/// <summary>Disable a user of the jurisdiction: they can no longer sign in, and every key they issued stops with them.</summary>
public sealed record DisableUser : ICommand<DisabledUser>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}

/// <param name="KeysStopped">How many unrevoked keys the user had issued (they stop working now).</param>
public sealed record DisabledUser(Guid Id, DateTimeOffset DisabledAt, int KeysStopped);

public sealed class DisableUserHandler(
    IUserDirectory users, IUserAccounts accounts, IAppDbContext db, ITenantContext tenant, ICurrentActor actor, IApiKeyCache cache, TimeProvider clock)
    : ICommandHandler<DisableUser, DisabledUser>
{
    public async ValueTask<DisabledUser> Handle(DisableUser request, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(request.UserId, cancellationToken);
        if (user is null || user.TenantId != tenant.TenantId)
        {
            throw new NotFoundException("This jurisdiction has no such user.");
        }

        if (!actor.IsPlatform)
        {
            // The jurisdiction's own officials manage its gatherers only.
            AccountRoles.EnsureMayManage(actor, (await accounts.FindAsync(user.Id, cancellationToken))?.Role ?? "");
        }

        var at = user.DisabledAt ?? clock.GetUtcNow();
        await users.DisableAsync(user.Id, at, cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking()
            .Where(k => k.IssuedByUserId == user.Id && k.RevokedAt == null)
            .Select(k => k.Id)
            .ToListAsync(cancellationToken);
        foreach (var key in keys)
        {
            cache.Evict(key);
        }

        return new DisabledUser(user.Id, at, keys.Count);
    }
}
