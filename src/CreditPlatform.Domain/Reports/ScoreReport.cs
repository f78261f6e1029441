using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Reports;

/// <summary>
/// A score report a citizen printed for a bank, as it was on the day: the bank types its code to see the same facts.
/// Only a hash of the code is kept, so the table alone cannot be used to look reports up.
/// </summary>
public sealed class ScoreReport : ITenantOwned
{
    public const int ValidDays = 90;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public byte[] CodeHash { get; set; } = [];

    /// <summary>SHA-256 of <see cref="CanonicalContent"/>: proves the stored facts were not edited after issue.</summary>
    public byte[] ContentHash { get; set; } = [];
    public string SubjectName { get; set; } = "";
    public string MaskedIdentifier { get; set; } = "";
    public int Score { get; set; }
    public string? Band { get; set; }

    /// <summary>Whether the subject stood on a black list in force when the report was issued.</summary>
    public bool BlackListed { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    public string CanonicalContent() => string.Join('\n',
        SubjectId.ToString("D"), SubjectName, MaskedIdentifier, Score.ToString(CultureInfo.InvariantCulture), Band ?? "",
        BlackListed ? "listed" : "clear", IssuedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));

    public void Seal() => ContentHash = SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalContent()));

    public bool IsIntact() => CryptographicOperations.FixedTimeEquals(ContentHash, SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalContent())));
}
