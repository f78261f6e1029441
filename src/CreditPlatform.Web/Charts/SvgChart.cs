using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CreditPlatform.Web.Localization;
using Microsoft.AspNetCore.Html;

namespace CreditPlatform.Web.Charts;

/// <summary>
/// Charts drawn on the server as SVG: no script (the CSP allows none inline and none is needed), readable by
/// screen readers through the SVG's title and description, and followed by the same figures as a table for
/// anyone who cannot see the picture. Colours come from the stylesheet's series classes.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private const int Height = 240;
    private const int Left = 48;
    private const int Bottom = 40;
    private const int Top = 12;
    private const int SeriesColours = 8;

    /// <summary>Bars with gaps between them, one per category.</summary>
    public static IHtmlContent Bars(string id, string title, IReadOnlyList<ChartBar> bars) =>
        Render(id, title, [.. bars.Select(b => new ChartStack(b.Label, new Dictionary<string, int> { [""] = b.Value }))], [""], gap: 0.25);

    /// <summary>A histogram: adjoining bars over consecutive ranges.</summary>
    public static IHtmlContent Histogram(string id, string title, IReadOnlyList<ChartBar> bins) =>
        Render(id, title, [.. bins.Select(b => new ChartStack(b.Label, new Dictionary<string, int> { [""] = b.Value }))], [""], gap: 0.02);

    /// <summary>Stacked columns (weeks, say), one colour per series with a legend.</summary>
    public static IHtmlContent Stacked(string id, string title, IReadOnlyList<ChartStack> columns)
    {
        var series = columns.SelectMany(c => c.Values.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return Render(id, title, columns, series, gap: 0.2);
    }

    private static HtmlString Render(string id, string title, IReadOnlyList<ChartStack> columns, List<string> series, double gap)
    {
        var enc = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\" id=\"{enc.Encode(id)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<figcaption>{enc.Encode(title)}</figcaption>");
        if (columns.Count == 0 || columns.All(c => c.Values.Values.Sum() == 0))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">{enc.Encode(UiText.Charts.NoData)}</p></figure>");
            return new HtmlString(html.ToString());
        }

        var max = Math.Max(1, columns.Max(c => c.Values.Values.Sum()));
        var total = columns.Sum(c => c.Values.Values.Sum());
        var plotWidth = Width - Left - 8;
        var plotHeight = Height - Bottom - Top;
        var slot = plotWidth / (double)columns.Count;
        var barWidth = slot * (1 - gap);
        html.Append(CultureInfo.InvariantCulture,
            $"<svg viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" class=\"chart-svg\">");
        html.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{enc.Encode(title)}</title>");
        html.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-d\">{enc.Encode(UiText.Charts.Summary.Format(columns.Count, total, max))}</desc>");
        html.Append(CultureInfo.InvariantCulture,
            $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - 8}\" y2=\"{Top + plotHeight}\" />");
        html.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\">{max}</text>");
        html.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Top + plotHeight}\" text-anchor=\"end\">0</text>");
        var labelEvery = Math.Max(1, (int)Math.Ceiling(columns.Count / 12.0));
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var x = Left + (i * slot) + ((slot - barWidth) / 2);
            double y = Top + plotHeight;
            foreach (var (name, index) in series.Select((s, n) => (s, n)))
            {
                var value = column.Values.GetValueOrDefault(name);
                if (value <= 0)
                {
                    continue;
                }

                var h = plotHeight * value / (double)max;
                y -= h;
                var label = name.Length == 0 ? $"{column.Label}: {value}" : $"{column.Label} · {name}: {value}";
                html.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"s{index % SeriesColours}\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\"><title>{enc.Encode(label)}</title></rect>");
            }

            if (i % labelEvery == 0)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"tick\" x=\"{x + (barWidth / 2):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{enc.Encode(column.Label)}</text>");
            }
        }

        html.Append("</svg>");
        if (series.Count > 1 || series[0].Length > 0)
        {
            html.Append("<ul class=\"legend\">");
            foreach (var (name, index) in series.Select((s, n) => (s, n)))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"swatch s{index % SeriesColours}\"></span>{enc.Encode(Display(name))}</li>");
            }

            html.Append("</ul>");
        }

        AppendTable(html, enc, columns, series);
        html.Append("</figure>");
        return new HtmlString(html.ToString());
    }

    private static void AppendTable(StringBuilder html, HtmlEncoder enc, IReadOnlyList<ChartStack> columns, List<string> series)
    {
        html.Append(CultureInfo.InvariantCulture, $"<details><summary>{enc.Encode(UiText.Charts.ShowTable)}</summary><table><thead><tr><th scope=\"col\"></th>");
        foreach (var name in series)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{enc.Encode(name.Length == 0 ? UiText.Charts.Count : Display(name))}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var column in columns)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{enc.Encode(column.Label)}</th>");
            foreach (var name in series)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{column.Values.GetValueOrDefault(name)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></details>");
    }

    private static string Display(string series) => series.Length == 0 ? UiText.Charts.Unnamed : series;
}
