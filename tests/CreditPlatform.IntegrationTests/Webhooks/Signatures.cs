using System.Security.Cryptography;
using System.Text;

namespace CreditPlatform.IntegrationTests.Webhooks;

/// <summary>What a receiver does with X-CreditPlatform-Signature: <c>t=…,v1=…</c> over the timestamp and the body.</summary>
internal static class Signatures
{
    /// <summary>The header's timestamp, when one of its v1 signatures is the HMAC of "{t}.{body}" under the secret; else null.</summary>
    public static DateTimeOffset? VerifiedAt(string secret, string body, string? header)
    {
        var parts = (header ?? "").Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        if (parts.FirstOrDefault(p => p[0] == "t") is not { } t || !long.TryParse(t[1], out var seconds))
        {
            return null;
        }

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t[1]}.{body}")));
        return parts.Any(p => p[0] == "v1" && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(p[1]), Encoding.ASCII.GetBytes(expected)))
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }
}
