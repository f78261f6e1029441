using System.Security.Cryptography;
using System.Text;

namespace CreditPlatform.Domain.Scoring;

/// <summary>Chains ledger entries so that altering, removing or reordering one breaks every link after it.</summary>
public static class LedgerHash
{
    /// <summary>The hash of the first entry of a chain uses this as its previous hash.</summary>
    public const string Genesis = "";

    /// <returns>Lowercase hex SHA-256 of previousHash, a newline, and the entry's canonical content.</returns>
    public static string Compute(string previousHash, string canonicalContent)
    {
        // The separator cannot occur in a hex hash, so (previous, content) pairs can never collide by shifting characters.
        var bytes = Encoding.UTF8.GetBytes(previousHash + "\n" + canonicalContent);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
