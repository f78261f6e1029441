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
    /// <param name="source">
    /// Gatherers' forms and tallies name a day and the platform picks the moment (now, while that day's noon is ahead),
    /// so their retries compare the day only; an API client sends the moment itself, and it is compared exactly.
    /// </param>
    public static byte[] Of(Guid subjectId, EventInput input, EventSource source)
    {
        var when = input.OccurredAt is { } at ? Instants.Stored(at) : (DateTimeOffset?)null;
        var text = string.Join('\u001f',
            subjectId.ToString(),
            input.RuleCode?.Trim().ToUpperInvariant(),
            when is not { } moment ? ""
                : source is EventSource.Form or EventSource.Csv ? moment.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : moment.ToString("O", CultureInfo.InvariantCulture),
            input.Quantity?.ToString(CultureInfo.InvariantCulture),
            input.Evidence?.Trim(),
            input.DocumentNumber?.Trim());
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }
}
