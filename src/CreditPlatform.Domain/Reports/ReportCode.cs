using System.Security.Cryptography;
using System.Text;

namespace CreditPlatform.Domain.Reports;

/// <summary>
/// Verification codes: 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L), 80 random bits,
/// shown in groups of four. Typed codes are normalised, so spaces, dashes and lower case do not matter.
/// </summary>
public static class ReportCode
{
    public const int Length = 16;
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>"ABCD-EFGH-JKMN-PQRS".</summary>
    public static string Display(string code) =>
        string.Join('-', Enumerable.Range(0, code.Length / 4).Select(i => code.Substring(i * 4, 4)));

    /// <summary>The code without separators, upper case; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var builder = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || builder.Length == Length)
            {
                return null;
            }

            builder.Append(upper);
        }

        return builder.Length == Length ? builder.ToString() : null;
    }

    /// <summary>80 random bits need no slow hash: SHA-256 of the normalised code.</summary>
    public static byte[] Hash(string normalized) => SHA256.HashData(Encoding.ASCII.GetBytes(normalized));
}
