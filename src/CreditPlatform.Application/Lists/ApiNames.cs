using System.Text.Json;

namespace CreditPlatform.Application.Lists;

/// <summary>The API spells enum values in camelCase ("coListed", "appealUpheld"); storage keeps the C# names.</summary>
public static class ApiNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string? Of<T>(T? value)
        where T : struct, Enum => value is { } v ? Of(v) : null;

    /// <summary>Parses a name case-insensitively; numbers and combinations are refused.</summary>
    public static T? Parse<T>(string? value)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value) || !char.IsAsciiLetter(value.Trim()[0]) || value.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        return Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
    }
}
