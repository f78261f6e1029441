namespace CreditPlatform.Domain.Scoring;

/// <summary>Reads a score as a band of a scheme.</summary>
public static class TierMapper
{
    /// <returns>The best band whose MinScore ≤ score (a band without MinScore takes anything);
    /// null when the scheme has no bands or none reaches that low.</returns>
    public static string? Map(SchemeDefinition scheme, int score)
    {
        var bands = scheme.Bands;
        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i].MinScore is not { } min || min <= score)
            {
                return bands[i].Code;
            }
        }

        return null;
    }

    /// <returns>The band's position in the scheme, 0 being the best; −1 when the scheme does not define it.</returns>
    public static int RankOf(SchemeDefinition scheme, string bandCode)
    {
        var bands = scheme.Bands;
        for (var i = 0; i < bands.Count; i++)
        {
            if (string.Equals(bands[i].Code, bandCode, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
