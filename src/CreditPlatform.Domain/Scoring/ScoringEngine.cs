using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// The pure function at the heart of the ledger: (rule version, subject history, event) → points.
/// No I/O, so the form, the CSV import, the batch API and the simulator all score alike.
/// </summary>
public static class ScoringEngine
{
    /// <param name="rule">The version to apply. Not checked for being in force at <paramref name="occurredAt"/>,
    /// because simulation deliberately replays past events under a proposed version; use <see cref="RuleBook"/> to pick it.</param>
    /// <param name="history">The subject's counted entries under the same rule, sorted by OccurredAt ascending: at least those
    /// within one cap period either side of <paramref name="occurredAt"/>, later-dated ones included.</param>
    public static ScoringResult<Evaluation> Evaluate(
        RuleDefinition rule,
        SubjectKind kind,
        DateTimeOffset occurredAt,
        decimal? quantity,
        string? documentNumber,
        IReadOnlyList<PriorEntry> history)
    {
        if (!AppliesTo(rule.SubjectKinds, kind))
        {
            return ScoringError.SubjectKindNotAllowed(rule.Code, kind);
        }

        if (rule.RequiresDocument && string.IsNullOrWhiteSpace(documentNumber))
        {
            return ScoringError.DocumentRequired(rule.Code);
        }

        var raw = rule.Delta.Compute(quantity);
        if (!raw.IsSuccess)
        {
            return raw.Error;
        }

        var points = CapApplier.Apply(rule.Caps, raw.Value, occurredAt, history, out var notes);
        return new Evaluation
        {
            RuleCode = rule.Code,
            RuleVersion = rule.Version,
            SubjectKind = kind,
            OccurredAt = occurredAt,
            Quantity = quantity,
            DocumentNumber = documentNumber,
            RawPoints = raw.Value,
            Points = points,
            Capped = notes is not null,
            CapNotes = notes ?? [],
            ExpiresAt = rule.ExpiryMonths is { } months ? occurredAt.AddMonths(months) : null,

            // Caps limit points, not consequences: a capped drunk-driving event still holds the band down.
            BandOverride = rule.BandOverride?.Band,
            BandOverrideUntil = rule.BandOverride is { } band ? occurredAt.AddDays(band.DurationDays) : null,
        };
    }

    private static bool AppliesTo(IReadOnlyList<SubjectKind> kinds, SubjectKind kind)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == kind)
            {
                return true;
            }
        }

        return false;
    }
}
