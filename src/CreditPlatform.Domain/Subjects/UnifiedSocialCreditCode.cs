namespace CreditPlatform.Domain.Subjects;

/// <summary>
/// GB 32100 unified social credit code: registration authority, organisation category, 6-digit
/// region, 9-character organisation code (GB 11714, with its own check character) and a final
/// check character over an alphabet of 31 symbols (no I, O, S, V, Z).
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Returns null when valid, otherwise the code and a plain-language reason (never echoing the value).</summary>
    public static SubjectError? Validate(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length != Length)
        {
            return new(SubjectErrorCodes.CreditCodeLength, "A unified social credit code has 18 characters.");
        }

        var upper = value.ToUpperInvariant();
        foreach (var c in upper)
        {
            if (Alphabet.IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return new(SubjectErrorCodes.CreditCodeAlphabet, "A unified social credit code uses digits and capital letters other than I, O, S, V and Z.");
            }
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(upper[i]))
            {
                return new(SubjectErrorCodes.CreditCodeRegion, "Characters 3 to 8 of a unified social credit code are the region's digits.");
            }
        }

        return upper[Length - 1] == ComputeCheckCharacter(upper.AsSpan(0, Length - 1))
            ? null
            : new(SubjectErrorCodes.CreditCodeCheckCharacter, "The check character of the unified social credit code does not match (GB 32100).");
    }

    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>
    /// True when the embedded GB 11714 organisation code (characters 9 to 17) carries a valid check
    /// character. Legacy codes that fail it are flagged for a human, not rejected silently.
    /// </summary>
    public static bool HasValidOrganisationCode(string value)
    {
        var code = value.ToUpperInvariant().AsSpan(8, 9);
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = code[i];
            int v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * OrganisationCodeWeights[i];
        }

        var check = 11 - (sum % 11);
        var expected = check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
        return code[8] == expected;
    }
}
