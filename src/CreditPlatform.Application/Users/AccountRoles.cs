using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;

namespace CreditPlatform.Application.Users;

/// <summary>
/// The roles an account of a jurisdiction is given, and who may manage whom: the platform manages everyone;
/// a jurisdiction's own officials (and its keys) manage its gatherers only.
/// </summary>
public static class AccountRoles
{
    public const string Official = Roles.Official;
    public const string Reviewer = Roles.Reviewer;
    public const string Gatherer = Roles.Gatherer;

    public static readonly IReadOnlyList<string> Assignable = [Official, Reviewer, Gatherer];

    /// <summary>How long an invitation (or a password reset link) can be used.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(3);

    public const string Destination = "invitation:";

    /// <summary>When a link made now expires, in whole seconds (as stored and as sent in the e-mail alike).</summary>
    public static DateTimeOffset InvitationExpiry(DateTimeOffset now)
    {
        var at = now.ToUniversalTime() + InvitationLifetime;
        return new DateTimeOffset(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    public static void EnsureMayManage(ICurrentActor actor, string role)
    {
        if (!actor.IsPlatform && role != Gatherer)
        {
            throw new ForbiddenException("Officials of a jurisdiction manage its gatherers only; the platform manages officials and reviewers.");
        }
    }

    /// <summary>The user, when they belong to the current jurisdiction and the actor may manage them.</summary>
    public static async Task<AccountDto> RequireManageableAsync(IUserAccounts accounts, ITenantContext tenant, ICurrentActor actor, Guid userId, CancellationToken ct)
    {
        var user = await accounts.FindAsync(userId, ct);
        if (user is null || user.TenantId is null || user.TenantId != tenant.TenantId)
        {
            throw new NotFoundException("This jurisdiction has no such user.");
        }

        EnsureMayManage(actor, user.Role);
        return user;
    }
}
