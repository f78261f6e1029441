using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CreditPlatform.Infrastructure.Outbox;

/// <summary>
/// The X-CreditPlatform-Signature header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c>, the HMAC taken under the
/// subscriber's secret over the timestamp, a full stop and the exact body bytes. Receivers recompute it, compare in
/// constant time, and refuse timestamps older than their tolerance (a replayed delivery). During a secret rotation the
/// header carries one <c>v1</c> per secret in use, the newest first (<c>t=…,v1=…,v1=…</c>), and a receiver accepts a
/// delivery when any of them matches the secret it holds. Every delivery also names its event type and the API
/// version of its body.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-CreditPlatform-Signature";
    public const string EventHeader = "X-CreditPlatform-Event";
    public const string DeliveryHeader = "X-CreditPlatform-Delivery";
    public const string ApiVersionHeader = "X-CreditPlatform-Api-Version";
    public const string ApiVersion = "v1";

    public static string Sign(string secret, DateTimeOffset at, ReadOnlySpan<byte> body) => Sign([secret], at, body);

    /// <summary>The header signed under each secret in turn: <c>t=…</c>, then one <c>v1=…</c> per secret.</summary>
    public static string Sign(IReadOnlyList<string> secrets, DateTimeOffset at, ReadOnlySpan<byte> body)
    {
        ArgumentOutOfRangeException.ThrowIfZero(secrets.Count);
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var header = new StringBuilder("t=").Append(timestamp);
        foreach (var secret in secrets)
        {
            header.Append(",v1=").Append(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed)));
        }

        return header.ToString();
    }
}
