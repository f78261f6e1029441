using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using Mediator;

namespace CreditPlatform.Application.Users.SendPasswordLink;

/// <summary>Reset a user's password: e-mail them a new one-time link to set one. Links sent before stop working.</summary>
public sealed record SendPasswordLink : ICommand<InviteUser.InvitedUser>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public string? LinkBase { get; init; }
}

public sealed class SendPasswordLinkHandler(IUserAccounts accounts, IAppDbContext db, ITenantContext tenant, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SendPasswordLink, InviteUser.InvitedUser>
{
    public async ValueTask<InviteUser.InvitedUser> Handle(SendPasswordLink request, CancellationToken cancellationToken)
    {
        var user = await AccountRoles.RequireManageableAsync(accounts, tenant, actor, request.UserId, cancellationToken);
        if (user.DisabledAt is not null)
        {
            throw new BusinessRuleException(UserErrorCodes.Disabled, "This user is disabled: a disabled account gets no password link.");
        }

        if (string.IsNullOrEmpty(user.Email))
        {
            throw new BusinessRuleException(UserErrorCodes.NoEmail, "This user has no e-mail address to send the link to.");
        }

        var now = clock.GetUtcNow();
        var expiresAt = AccountRoles.InvitationExpiry(now);
        await accounts.ReinviteAsync(user.Id, expiresAt, cancellationToken);
        InvitationMail.Queue(db, user.TenantId!.Value, user.Id, expiresAt, request.LinkBase, now);
        await db.SaveChangesAsync(cancellationToken);
        return new InviteUser.InvitedUser(user.Id, user.UserName, user.Role, expiresAt);
    }
}
