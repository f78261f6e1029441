using System.Security.Cryptography;
using System.Text;

namespace CreditPlatform.Infrastructure.Outbox;

/// <summary>
/// The X-CreditPlatform-Signature header: "sha256=" and the hex HMAC-SHA256 of the exact body bytes
/// under the subscriber's secret. Receivers recompute it and compare in constant time.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-CreditPlatform-Signature";
    public const string EventHeader = "X-CreditPlatform-Event";
    public const string DeliveryHeader = "X-CreditPlatform-Delivery";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
