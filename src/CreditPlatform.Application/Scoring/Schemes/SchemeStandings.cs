using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Schemes;

/// <summary>
/// One subject as it stands now, independent of any scheme's bands: the points in force (before floor and ceiling)
/// and the band overrides in force (<see cref="Separator"/>-joined, null when none).
/// </summary>
public sealed record SubjectStanding(string Kind, long Points, string? Overrides)
{
    public const char Separator = '\u001f';
}

/// <summary>Every subject of a jurisdiction as it stands at a moment, read from its ledger (implemented in SQL).</summary>
public interface ISchemeStandings
{
    Task<List<SubjectStanding>> AtAsync(Guid tenantId, DateTimeOffset asOf, CancellationToken ct);
}

/// <summary>Reads the same standings under two schemes and counts who moves from which band to which, by subject kind.</summary>
public static class BandShift
{
    public static BandShiftDto Compare(IReadOnlyList<SubjectStanding> standings, SchemeDefinition before, SchemeDefinition after)
    {
        var moves = new Dictionary<(string Kind, string? From, string? To), int>();
        var up = 0;
        var down = 0;
        foreach (var s in standings)
        {
            var from = BandOf(s, before);
            var to = BandOf(s, after);
            var key = (s.Kind, from, to);
            moves[key] = moves.GetValueOrDefault(key) + 1;
            if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                // Compared by the draft's order: a band it drops counts as worse than any it keeps.
                var fromRank = from is null ? int.MaxValue : RankOrWorst(after, from);
                var toRank = to is null ? int.MaxValue : RankOrWorst(after, to);
                if (toRank < fromRank)
                {
                    up++;
                }
                else
                {
                    down++;
                }
            }
        }

        var order = after.Bands.Select(b => b.Code).Concat(before.Bands.Select(b => b.Code)).Distinct(StringComparer.Ordinal).ToList();
        int Position(string? band) => band is null ? int.MaxValue : order.IndexOf(band);
        var listed = moves
            .Where(m => !string.Equals(m.Key.From, m.Key.To, StringComparison.Ordinal))
            .Select(m => new BandMove(m.Key.Kind, m.Key.From, m.Key.To, m.Value))
            .OrderBy(m => m.SubjectKind, StringComparer.Ordinal).ThenBy(m => Position(m.From)).ThenBy(m => Position(m.To))
            .ToList();
        var counts = moves
            .SelectMany(m => new[] { (m.Key.Kind, Band: m.Key.From, Before: m.Value, After: 0), (m.Key.Kind, Band: m.Key.To, Before: 0, After: m.Value) })
            .GroupBy(c => (c.Kind, c.Band))
            .Select(g => new BandCount(g.Key.Kind, g.Key.Band, g.Sum(c => c.Before), g.Sum(c => c.After)))
            .OrderBy(c => c.SubjectKind, StringComparer.Ordinal).ThenBy(c => Position(c.Band))
            .ToList();
        return new BandShiftDto(standings.Count, up + down, up, down, listed, counts);
    }

    /// <summary>The band a standing reads as under <paramref name="scheme"/>: the worst override the scheme defines wins over a better mapped band.</summary>
    public static string? BandOf(SubjectStanding standing, SchemeDefinition scheme)
    {
        string? held = null;
        var heldRank = -1;
        foreach (var band in (standing.Overrides ?? "").Split(SubjectStanding.Separator, StringSplitOptions.RemoveEmptyEntries))
        {
            var rank = TierMapper.RankOf(scheme, band);
            if (rank > heldRank)
            {
                held = band;
                heldRank = rank;
            }
        }

        var state = new ScoreState(standing.Points, held, held is null ? null : DateTimeOffset.MaxValue, null);
        return state.Result(scheme).Band;
    }

    private static int RankOrWorst(SchemeDefinition scheme, string band) =>
        TierMapper.RankOf(scheme, band) is var rank and >= 0 ? rank : scheme.Bands.Count;
}
