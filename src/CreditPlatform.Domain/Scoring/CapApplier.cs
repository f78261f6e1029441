using System.Globalization;

namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// Clips raw points so that no cap's rolling window is exceeded: not the window ending at the event only, but every
/// window that contains it, so an event recorded after later-dated ones (a feed sending the newest first, a late batch
/// of paper forms) cannot push any window past its cap. Entries already recorded are never changed.
/// </summary>
internal static class CapApplier
{
    /// <returns>The points that count; <paramref name="notes"/> names the binding caps, or is null when none bound.</returns>
    public static int Apply(
        IReadOnlyList<Cap> caps,
        int raw,
        DateTimeOffset occurredAt,
        IReadOnlyList<PriorEntry> history,
        out string[]? notes)
    {
        notes = null;
        if (raw == 0 || caps.Count == 0)
        {
            return raw;
        }

        var sign = Math.Sign(raw);
        var magnitude = Math.Abs((long)raw);
        var allowed = magnitude;
        for (var i = 0; i < caps.Count; i++)
        {
            allowed = Math.Min(allowed, Allowance(caps[i], sign, magnitude, occurredAt, history, out _));
        }

        if (allowed == magnitude)
        {
            return raw;
        }

        // Rare path: only capped events pay for a second pass to say which caps did it.
        notes = Explain(caps, sign, magnitude, allowed, occurredAt, history);
        return (int)(sign * allowed);
    }

    private static long Allowance(
        Cap cap,
        int sign,
        long magnitude,
        DateTimeOffset occurredAt,
        IReadOnlyList<PriorEntry> history,
        out bool byOccurrences)
    {
        byOccurrences = false;
        if (cap.MaxPoints is null && cap.MaxOccurrences is null)
        {
            return magnitude;
        }

        var window = CapWindow.Busiest(history, occurredAt, cap.PeriodDays, sign);
        if (cap.MaxOccurrences is { } maxOccurrences && window.Occurrences >= maxOccurrences)
        {
            byOccurrences = true;
            return 0;
        }

        if (cap.MaxPoints is not { } maxPoints)
        {
            return magnitude;
        }

        // The cap is a magnitude whatever sign it was stored with. Entries pulling the other way
        // do not buy extra room, so one entry can never exceed the cap on its own.
        var remaining = Math.Max(0L, Math.Abs((long)maxPoints) - window.Points);
        return Math.Min(magnitude, remaining);
    }

    private static string[] Explain(
        IReadOnlyList<Cap> caps,
        int sign,
        long magnitude,
        long allowed,
        DateTimeOffset occurredAt,
        IReadOnlyList<PriorEntry> history)
    {
        var notes = new List<string>(1);
        foreach (var cap in caps)
        {
            var allowance = Allowance(cap, sign, magnitude, occurredAt, history, out var byOccurrences);
            if (allowance != allowed)
            {
                continue;
            }

            notes.Add(byOccurrences
                ? OccurrencesNote(cap)
                : PointsNote(cap, sign, magnitude, allowed));
        }

        return [.. notes];
    }

    private static string OccurrencesNote(Cap cap)
    {
        var n = cap.MaxOccurrences!.Value;
        var noun = n == 1 ? "occurrence" : "occurrences";
        return string.Create(CultureInfo.InvariantCulture, $"cap {n} {noun} per {cap.PeriodDays} days reached");
    }

    private static string PointsNote(Cap cap, int sign, long magnitude, long allowed)
    {
        var limit = SignedPoints.Format(sign * Math.Abs((long)cap.MaxPoints!.Value));
        var reached = string.Create(CultureInfo.InvariantCulture, $"cap {limit} per {cap.PeriodDays} days reached");
        return allowed == 0
            ? reached
            : $"{reached}: {SignedPoints.Format(sign * allowed)} of {SignedPoints.Format(sign * magnitude)} counted";
    }
}
