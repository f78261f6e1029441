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
    /// <summary>The secret before the latest rotation, encrypted, still signing beside the new one until <see cref="PreviousSecretUntil"/>.</summary>
    public byte[]? PreviousSecretCipher { get; set; }
    public DateTimeOffset? PreviousSecretUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>The longest a rotated-out secret may keep signing beside its successor.</summary>
    public static readonly TimeSpan MaxRotationOverlap = TimeSpan.FromDays(7);

    /// <summary>
    /// Takes a new signing secret. The one in use keeps signing beside it (a second <c>v1</c> in the header) for
    /// <paramref name="overlap"/>, so receivers can switch to the new secret at their own pace; a zero overlap drops it
    /// at once. Only the secret in use is kept: a rotation during an overlap ends the older one.
    /// </summary>
    public void RotateSecret(byte[] newSecretCipher, DateTimeOffset now, TimeSpan overlap)
    {
        if (DisabledAt is not null)
        {
            throw new InvalidOperationException("A disabled webhook takes no new secret.");
        }

        if (overlap < TimeSpan.Zero || overlap > MaxRotationOverlap)
        {
            throw new ArgumentOutOfRangeException(nameof(overlap), "The overlap is between zero and seven days.");
        }

        PreviousSecretCipher = overlap > TimeSpan.Zero ? SecretCipher : null;
        PreviousSecretUntil = overlap > TimeSpan.Zero ? now + overlap : null;
        SecretCipher = newSecretCipher;
    }

    /// <summary>The encrypted secrets that sign a delivery made at <paramref name="now"/>: the current one first.</summary>
    public IReadOnlyList<byte[]> SigningSecretCiphers(DateTimeOffset now) =>
        PreviousSecretCipher is { } previous && PreviousSecretUntil > now ? [SecretCipher, previous] : [SecretCipher];
}
