using System.Globalization;

namespace CreditPlatform.Domain.Subjects;

/// <summary>
/// GB 11643 citizen identity number: 6-digit region, 8-digit birth date, 3-digit sequence and an
/// ISO 7064 MOD 11-2 check character (0-9 or X).
/// </summary>
public static class ResidentIdentityNumber
{
    public const int Length = 18;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Returns null when valid, otherwise the code and a plain-language reason (never echoing the value).</summary>
    public static SubjectError? Validate(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length != Length)
        {
            return new(SubjectErrorCodes.IdentityNumberLength, "A resident identity number has 18 characters.");
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return new(SubjectErrorCodes.IdentityNumberDigits, "The first 17 characters of a resident identity number are digits.");
            }
        }

        if (!DateTime.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1850)
        {
            return new(SubjectErrorCodes.IdentityNumberBirthDate, "The birth date inside the resident identity number is not a real date.");
        }

        var expected = ComputeCheckCharacter(value.AsSpan(0, Length - 1));
        return char.ToUpperInvariant(value[Length - 1]) == expected
            ? null
            : new(SubjectErrorCodes.IdentityNumberCheckDigit, "The check digit of the resident identity number does not match (GB 11643).");
    }

    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
