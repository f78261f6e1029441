using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using Mediator;

namespace CreditPlatform.Application.Users.InviteUser;

/// <summary>
/// Create an official, reviewer or gatherer of the jurisdiction and e-mail them a one-time link to set their password.
/// The platform invites anyone; the jurisdiction's officials invite gatherers only.
/// </summary>
public sealed record InviteUser(string? UserName, string? DisplayName, string? Role, string? Department, string? Email) : ICommand<InvitedUser>
{
    /// <summary>Where the link in the e-mail points (the site's own address).</summary>
    [JsonIgnore]
    public string? LinkBase { get; init; }
}

public sealed record InvitedUser(Guid Id, string UserName, string Role, DateTimeOffset InvitationExpiresAt);

public sealed class InviteUserHandler(IUserAccounts accounts, IAppDbContext db, ITenantContext tenant, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<InviteUser, InvitedUser>
{
    public async ValueTask<InvitedUser> Handle(InviteUser request, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Users are invited into a jurisdiction.");
        var role = request.Role!.Trim();
        AccountRoles.EnsureMayManage(actor, role);
        var now = clock.GetUtcNow();
        var expiresAt = AccountRoles.InvitationExpiry(now);
        var id = await accounts.CreateInvitedAsync(
            new NewAccount(tenantId, request.UserName!.Trim(), request.DisplayName!.Trim(), role,
                string.IsNullOrWhiteSpace(request.Department) ? null : request.Department.Trim(), request.Email!.Trim()),
            expiresAt, cancellationToken);
        InvitationMail.Queue(db, tenantId, id, expiresAt, request.LinkBase, now);
        await db.SaveChangesAsync(cancellationToken);
        return new InvitedUser(id, request.UserName.Trim(), role, expiresAt);
    }
}
