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

    /// <summary>
    /// The person behind the key: the user who issued it (or who issued the key that issued it). Null for a key no
    /// person issued (seeded, or issued by such a key): that key is a system actor of its own.
    /// </summary>
    public Guid? IssuedByUserId { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
