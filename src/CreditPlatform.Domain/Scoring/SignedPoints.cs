using System.Globalization;

namespace CreditPlatform.Domain.Scoring;

/// <summary>Points as people write them on notices: "+20", "−15" (with a true minus sign), "0".</summary>
internal static class SignedPoints
{
    public static string Format(long points) => points switch
    {
        > 0 => "+" + points.ToString(CultureInfo.InvariantCulture),
        < 0 => "\u2212" + Math.Abs(points).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };
}
