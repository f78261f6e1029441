using System.Globalization;

namespace CreditPlatform.Web.Localization;

/// <summary>
/// One piece of UI text in both languages. Rendering it (<c>@UiText.Account.SignIn</c> in Razor, or
/// <see cref="ToString"/>) picks the language of the request's UI culture.
/// </summary>
public sealed class Text(string zh, string en)
{
    public string Zh { get; } = zh;
    public string En { get; } = en;

    public string In(CultureInfo culture) => Cultures.IsEnglish(culture) ? En : Zh;

    public override string ToString() => In(CultureInfo.CurrentUICulture);

    /// <summary>Fills <c>{0}</c>, <c>{1}</c>… with values formatted for the current culture (dates, numbers).</summary>
    public string Format(params object?[] args) => string.Format(CultureInfo.CurrentCulture, ToString(), args);

    public static implicit operator string(Text text) => text?.ToString() ?? "";
}
