namespace CreditPlatform.Domain.Access;

/// <summary>
/// An external system's key. Only a SHA-256 of the secret is stored (the secret has 256 bits of
/// entropy, so a slow hash adds nothing). Platform-level row: authentication finds it before any tenant is known.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public string Name { get; set; } = "";
    public byte[] KeyHash { get; set; } = [];

    /// <summary>The first characters of the secret, so an operator can tell keys apart.</summary>
    public string Prefix { get; set; } = "";
    public string[] Scopes { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? RevokedAt { get; set; }
}
