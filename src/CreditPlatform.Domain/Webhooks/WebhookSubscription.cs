namespace CreditPlatform.Domain.Webhooks;

/// <summary>
/// An external system's request to be told of list changes. Platform-level row: a subscriber follows
/// national lists of any authority, so it belongs to no single list owner's tenant.
/// </summary>
public sealed class WebhookSubscription
{
    public const int UrlMaxLength = 2000;

    public Guid Id { get; set; }

    /// <summary>The subscriber's jurisdiction; null for a platform client. It also sees that jurisdiction's local lists.</summary>
    public Guid? OwnerTenantId { get; set; }
    public string Url { get; set; } = "";

    /// <summary>List codes to follow; empty follows every list the subscriber may see.</summary>
    public string[] Lists { get; set; } = [];

    /// <summary>The signing secret, encrypted: it must be readable to sign, so it can't be only hashed.</summary>
    public byte[] SecretCipher { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? DisabledAt { get; set; }
}
