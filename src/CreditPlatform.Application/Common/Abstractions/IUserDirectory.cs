namespace CreditPlatform.Application.Common.Abstractions;

/// <summary>The users behind actor labels (identity lives in Infrastructure): names for display, and disabling.</summary>
public interface IUserDirectory
{
    Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);

    Task<UserSummary?> FindAsync(Guid userId, CancellationToken ct);

    /// <summary>Stops the user signing in (and, through the key lookup, the keys they issued) from <paramref name="at"/>.</summary>
    Task DisableAsync(Guid userId, DateTimeOffset at, CancellationToken ct);
}

public sealed record UserSummary(Guid Id, Guid? TenantId, string DisplayName, DateTimeOffset? DisabledAt);
