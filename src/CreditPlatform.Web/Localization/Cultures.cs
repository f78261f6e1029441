using System.Globalization;

namespace CreditPlatform.Web.Localization;

/// <summary>The UI's languages: Simplified Chinese (the default) and English.</summary>
public static class Cultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public const string Default = Chinese;

    public static readonly IReadOnlyList<string> Supported = [Chinese, English];

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>The supported culture named by <paramref name="name"/>, or null.</summary>
    public static string? Find(string? name) =>
        Supported.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
}
