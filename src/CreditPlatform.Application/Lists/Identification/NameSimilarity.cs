namespace CreditPlatform.Application.Lists.Identification;

/// <summary>
/// Trigram similarity in the manner of PostgreSQL's pg_trgm (shared trigrams over all trigrams of both padded
/// names), computed here so that it works on any cluster and on Chinese names alike.
/// </summary>
public static class NameSimilarity
{
    public static double Of(string a, string b)
    {
        var left = Trigrams(a);
        var right = Trigrams(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = left.Count(right.Contains);
        return shared / (double)(left.Count + right.Count - shared);
    }

    private static HashSet<string> Trigrams(string name)
    {
        var compact = string.Concat(name.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c))).ToLowerInvariant();
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (compact.Length == 0)
        {
            return set;
        }

        var padded = "  " + compact + " ";
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            set.Add(padded.Substring(i, 3));
        }

        return set;
    }
}
