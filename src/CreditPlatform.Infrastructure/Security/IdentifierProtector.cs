using System.Security.Cryptography;
using System.Text;
using CreditPlatform.Application.Common.Abstractions;
using Microsoft.Extensions.Configuration;

namespace CreditPlatform.Infrastructure.Security;

/// <summary>
/// HMAC-SHA256 under a secret key for lookups (equal identifiers give equal hashes, but the table
/// can't be reversed by hashing every possible number without the key) and AES-GCM for the copy
/// shown to the subject. Both keys are 32 bytes, base64, from configuration.
/// </summary>
public sealed class IdentifierProtector : IIdentifierProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _hashKey;
    private readonly byte[] _encryptionKey;

    public IdentifierProtector(IConfiguration configuration)
    {
        _hashKey = ReadKey(configuration, "Identifiers:HashKey");
        _encryptionKey = ReadKey(configuration, "Identifiers:EncryptionKey");
    }

    /// <summary>One keyed hasher per thread: re-keying HMAC on every call costs more than the hash itself.</summary>
    [ThreadStatic]
    private static (IdentifierProtector Owner, IncrementalHash Hmac)? _threadHasher;

    public byte[] Hash(string normalizedIdentifier)
    {
        if (_threadHasher is not { } hasher || !ReferenceEquals(hasher.Owner, this))
        {
            hasher = (this, IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _hashKey));
            _threadHasher = hasher;
        }

        hasher.Hmac.AppendData(Encoding.UTF8.GetBytes(normalizedIdentifier));
        return hasher.Hmac.GetHashAndReset();
    }

    public byte[] Encrypt(string normalizedIdentifier)
    {
        var plain = Encoding.UTF8.GetBytes(normalizedIdentifier);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return output;
    }

    public string Decrypt(byte[] cipher)
    {
        var plain = new byte[cipher.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(cipher.AsSpan(0, NonceSize), cipher.AsSpan(NonceSize + TagSize), cipher.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] ReadKey(IConfiguration configuration, string name)
    {
        var value = configuration[name];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"Configuration value {name} is missing: set it to 32 random bytes in base64.");
        }

        var key = Convert.FromBase64String(value);
        return key.Length == 32
            ? key
            : throw new InvalidOperationException($"Configuration value {name} must decode to 32 bytes.");
    }
}
