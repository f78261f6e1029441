using System.Globalization;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Web.Localization;

namespace CreditPlatform.Web.Pages;

/// <summary>Points as people read them: always with a sign, and a rule's points in words.</summary>
public static class Points
{
    public static string Signed(int points) => points switch
    {
        > 0 => "+" + points.ToString(CultureInfo.CurrentCulture),
        < 0 => "−" + (-(long)points).ToString(CultureInfo.CurrentCulture),
        _ => "0",
    };

    public static string Describe(PointsDelta delta) => delta.Kind == DeltaKind.PerUnit
        ? UiText.Record.PerUnit.Format(delta.UnitSize, UnitName(delta.QuantityUnit), Signed(delta.Points))
        : UiText.Record.FixedPoints.Format(Signed(delta.Points));

    public static string UnitName(string unit) => unit switch
    {
        "hours" => UiText.Record.Hours,
        "yuan" => UiText.Record.Yuan,
        "months" => UiText.Record.Months,
        _ => unit,
    };
}
