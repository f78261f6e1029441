using System.Globalization;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Application.Scoring.Scores.GetScoreTrend;

namespace CreditPlatform.Web.Pages.Portal;

/// <summary>A month-by-month score line drawn as SVG on the server: no script, prints as it shows.</summary>
public sealed record TrendChart(IReadOnlyList<TrendChart.Point> Points, int Min, int Max)
{
    public const int Width = 400;
    public const int Height = 160;
    private const int Left = 40;
    private const int Right = 10;
    private const int Top = 12;
    private const int Bottom = 24;

    public sealed record Point(string Month, int Score, double X, double Y);

    /// <summary>The snapshots, then this month's score (a snapshot is only taken once a month has ended).</summary>
    public static TrendChart From(IReadOnlyList<TrendPointDto> months, int current, string currentMonth)
    {
        var values = months.Where(m => m.Month != currentMonth).Select(m => (m.Month, m.Score)).ToList();
        values.Add((currentMonth, current));
        var min = values.Min(v => v.Score);
        var max = values.Max(v => v.Score);
        if (max - min < 10)
        {
            min -= 5;
            max += 5;
        }

        var step = values.Count > 1 ? (Width - Left - Right) / (double)(values.Count - 1) : 0;
        var points = values.Select((v, i) => new Point(
            v.Month,
            v.Score,
            Left + (values.Count > 1 ? i * step : (Width - Left - Right) / 2.0),
            Top + ((max - v.Score) / (double)(max - min) * (Height - Top - Bottom)))).ToList();
        return new TrendChart(points, min, max);
    }

    public string Polyline => string.Join(' ', Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));

    public static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static double YOf(int score, int min, int max) => Top + ((max - score) / (double)(max - min) * (Height - Top - Bottom));

    public static int AxisX => Left - 4;

    public static int LabelY => Height - 6;
}
