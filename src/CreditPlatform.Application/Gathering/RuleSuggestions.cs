namespace CreditPlatform.Application.Gathering;

/// <summary>A rule in force that a typed code may have meant.</summary>
public sealed record RuleCandidate(string Code, string TitleZh, string TitleEn);

/// <summary>
/// The closest rule to a code nobody knows: edit distance to each rule's code and to its names, the nearest one
/// when it is near enough (at most a third of what was typed, and never more than four edits) and not tied.
/// </summary>
public static class RuleSuggestions
{
    public const int MaxEdits = 4;

    public static RuleCandidate? Closest(string? typed, IReadOnlyList<RuleCandidate> candidates)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0 || candidates.Count == 0)
        {
            return null;
        }

        var upper = text.ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
        var limit = Math.Min(MaxEdits, Math.Max(1, (text.Length + 2) / 3));
        var scored = candidates
            .Select(c => (Candidate: c, Distance: Math.Min(
                Distance(upper, c.Code),
                Math.Min(Distance(text, c.TitleZh), Distance(text.ToLowerInvariant(), c.TitleEn.ToLowerInvariant())))))
            .OrderBy(x => x.Distance).ThenBy(x => x.Candidate.Code, StringComparer.Ordinal)
            .ToList();
        var best = scored[0];
        if (best.Distance > limit || (scored.Count > 1 && scored[1].Distance == best.Distance && scored[1].Candidate.Code != best.Candidate.Code))
        {
            return null;
        }

        return best.Candidate;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions, one each.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
