namespace CreditPlatform.Application.Transparency.GetTransparencyReport;

/// <summary>A calendar month, quarter or year, counted in UTC: [From, To).</summary>
public sealed record ReportPeriod(string Kind, int Year, int Number)
{
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string Year_ = "year";

    public DateTimeOffset From => Kind switch
    {
        Month => new DateTimeOffset(Year, Number, 1, 0, 0, 0, TimeSpan.Zero),
        Quarter => new DateTimeOffset(Year, ((Number - 1) * 3) + 1, 1, 0, 0, 0, TimeSpan.Zero),
        _ => new DateTimeOffset(Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public DateTimeOffset To => Kind switch
    {
        Month => From.AddMonths(1),
        Quarter => From.AddMonths(3),
        _ => From.AddYears(1),
    };

    /// <summary>The period's name as it appears in a file name: 2026-03, 2026-Q1, 2026.</summary>
    public string Label => Kind switch
    {
        Month => $"{Year:D4}-{Number:D2}",
        Quarter => $"{Year:D4}-Q{Number}",
        _ => $"{Year:D4}",
    };

    public static bool IsValid(string? kind, int year, int number) => year is >= 2000 and <= 2100 && kind switch
    {
        Month => number is >= 1 and <= 12,
        Quarter => number is >= 1 and <= 4,
        Year_ => true,
        _ => false,
    };
}
