using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CreditPlatform.Web.Localization;
using Microsoft.AspNetCore.Html;

namespace CreditPlatform.Web.Charts;

/// <summary>A line over time (a score month by month), drawn like <see cref="SvgChart"/>: SVG with title and description, then a table.</summary>
public static class SvgLineChart
{
    private const int Width = 640;
    private const int Height = 200;
    private const int Left = 56;
    private const int Bottom = 32;
    private const int Top = 12;

    public static IHtmlContent Line(string id, string title, IReadOnlyList<ChartBar> points)
    {
        var enc = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\" id=\"{enc.Encode(id)}\"><figcaption>{enc.Encode(title)}</figcaption>");
        if (points.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">{enc.Encode(UiText.Charts.NoData)}</p></figure>");
            return new HtmlString(html.ToString());
        }

        var min = points.Min(p => p.Value);
        var max = points.Max(p => p.Value);
        var span = Math.Max(1, max - min);
        var plotWidth = Width - Left - 16;
        var plotHeight = Height - Bottom - Top;
        double X(int i) => Left + (points.Count == 1 ? plotWidth / 2.0 : plotWidth * i / (double)(points.Count - 1));
        double Y(int v) => Top + plotHeight - (plotHeight * (v - min) / (double)span);

        html.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" class=\"chart-svg\">");
        html.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{enc.Encode(title)}</title>");
        html.Append(CultureInfo.InvariantCulture,
            $"<desc id=\"{id}-d\">{enc.Encode(UiText.Charts.LineSummary.Format(points[0].Label, points[0].Value, points[^1].Label, points[^1].Value, min, max))}</desc>");
        html.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - 8}\" y2=\"{Top + plotHeight}\" />");
        html.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\">{max}</text>");
        html.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Top + plotHeight}\" text-anchor=\"end\">{min}</text>");
        var path = string.Join(' ', points.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(p.Value):0.#}")));
        html.Append(CultureInfo.InvariantCulture, $"<polyline class=\"line\" points=\"{path}\" />");
        var labelEvery = Math.Max(1, (int)Math.Ceiling(points.Count / 12.0));
        for (var i = 0; i < points.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<circle class=\"s0\" cx=\"{X(i):0.#}\" cy=\"{Y(points[i].Value):0.#}\" r=\"3\"><title>{enc.Encode($"{points[i].Label}: {points[i].Value}")}</title></circle>");
            if (i % labelEvery == 0)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"tick\" x=\"{X(i):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{enc.Encode(points[i].Label)}</text>");
            }
        }

        html.Append(CultureInfo.InvariantCulture, $"</svg><details><summary>{enc.Encode(UiText.Charts.ShowTable)}</summary><table><tbody>");
        foreach (var p in points)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{enc.Encode(p.Label)}</th><td>{p.Value}</td></tr>");
        }

        html.Append("</tbody></table></details></figure>");
        return new HtmlString(html.ToString());
    }
}
