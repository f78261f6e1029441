namespace CreditPlatform.Application.Users;

/// <summary>The accounts of officials, reviewers and gatherers (identity lives in Infrastructure).</summary>
public interface IUserAccounts
{
    /// <summary>Creates a user without a password, holding an open invitation until <paramref name="invitationExpiresAt"/>.</summary>
    /// <exception cref="Common.Errors.ConflictException">The user name is taken.</exception>
    Task<Guid> CreateInvitedAsync(NewAccount account, DateTimeOffset invitationExpiresAt, CancellationToken ct);

    Task<AccountDto?> FindAsync(Guid userId, CancellationToken ct);

    /// <summary>Opens a new invitation until <paramref name="expiresAt"/>; links sent before stop working.</summary>
    Task ReinviteAsync(Guid userId, DateTimeOffset expiresAt, CancellationToken ct);

    /// <summary>Gives the user exactly this role (<see cref="AccountRoles"/>), in place of the one they had.</summary>
    Task SetRoleAsync(Guid userId, string role, CancellationToken ct);

    /// <summary>Officials, reviewers and gatherers (and, without a tenant, platform administrators), by display name.</summary>
    Task<AccountPage> ListAsync(Guid? tenantId, bool platformToo, string? search, int page, int pageSize, CancellationToken ct);

    /// <summary>Sets the password when the link is this user's current one and has not expired; the link then stops working.</summary>
    Task<InvitationAnswer> AcceptInvitationAsync(Guid userId, string token, string password, DateTimeOffset now, CancellationToken ct);

    /// <summary>Whether the link can still set a password (for showing the form).</summary>
    Task<InvitationState> CheckInvitationAsync(Guid userId, string token, DateTimeOffset now, CancellationToken ct);
}

public sealed record NewAccount(Guid TenantId, string UserName, string DisplayName, string Role, string? Department, string Email);

/// <param name="Role">"official", "reviewer", "gatherer", "platform-admin" or "citizen".</param>
public sealed record AccountDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Department,
    string Role,
    Guid? TenantId,
    string? Email,
    DateTimeOffset? DisabledAt,
    DateTimeOffset? InvitationExpiresAt,
    bool HasPassword);

public sealed record AccountPage(IReadOnlyList<AccountDto> Items, int Total, int Page, int PageSize);

public enum InvitationState
{
    Valid,
    Expired,
    Invalid,
}

/// <param name="PasswordProblems">Identity's codes for what the password lacks (PasswordTooShort, PasswordRequiresDigit, …).</param>
public sealed record InvitationAnswer(InvitationState State, IReadOnlyList<string> PasswordProblems, string? UserName)
{
    public bool Accepted => State == InvitationState.Valid && PasswordProblems.Count == 0;
}
