using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Events;

/// <summary>
/// What an idempotency key was sent with, as a hash: a retry carries the same fingerprint, a key reused for another
/// event does not. Built from the resolved subject id, never from the identifier, so no personal data is hashed.
/// </summary>
public static class EventFingerprint
{
    public static byte[] Of(Guid subjectId, EventInput input)
    {
        var text = string.Join('\u001f',
            subjectId.ToString(),
            input.RuleCode?.Trim().ToUpperInvariant(),
            input.OccurredAt is { } at ? Instants.Stored(at).ToString("O", CultureInfo.InvariantCulture) : "",
            input.Quantity?.ToString(CultureInfo.InvariantCulture),
            input.Evidence?.Trim(),
            input.DocumentNumber?.Trim());
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }
}
