using System.Security.Cryptography;
using System.Text;

namespace CreditPlatform.Application.ApiKeys;

public static class ApiKeySecrets
{
    public const string Prefix = "cpk_";

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>256 random bits, URL-safe, with a recognisable prefix (so leaked keys can be spotted by scanners).</summary>
    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');
}

/// <summary>Lets a revocation take effect at once on the instance that made it.</summary>
public interface IApiKeyCache
{
    void Evict(Guid keyId);
}
