using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CreditPlatform.Domain.Simulations;
using Microsoft.AspNetCore.Html;

namespace CreditPlatform.Web.Pages.Admin;

/// <summary>A before/after bar chart drawn on the server as SVG: no script, no inline style, readable without JavaScript.</summary>
public static class HistogramSvg
{
    private const int Height = 160;
    private const int BarWidth = 8;
    private const int Gap = 6;

    public static IHtmlContent Render(IReadOnlyList<HistogramBucket> buckets, string beforeLabel, string afterLabel)
    {
        var max = Math.Max(1, buckets.Count == 0 ? 1 : buckets.Max(b => Math.Max(b.Before, b.After)));
        var width = Math.Max(1, buckets.Count) * ((2 * BarWidth) + Gap);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"histogram\" role=\"img\" viewBox=\"0 0 {width} {Height + 20}\" width=\"{width}\" height=\"{Height + 20}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{HtmlEncoder.Default.Encode(beforeLabel)} / {HtmlEncoder.Default.Encode(afterLabel)}</title>");
        for (var i = 0; i < buckets.Count; i++)
        {
            var x = i * ((2 * BarWidth) + Gap);
            Bar(svg, x, buckets[i].Before, max, "before", $"{beforeLabel} {buckets[i].From}: {buckets[i].Before}");
            Bar(svg, x + BarWidth, buckets[i].After, max, "after", $"{afterLabel} {buckets[i].From}: {buckets[i].After}");
            if (i % 4 == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Height + 15}\" font-size=\"9\">{buckets[i].From}</text>");
            }
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static void Bar(StringBuilder svg, int x, int count, int max, string kind, string label)
    {
        var h = (int)Math.Round(count * (double)Height / max);
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"bar-{kind}\" x=\"{x}\" y=\"{Height - h}\" width=\"{BarWidth}\" height=\"{h}\" fill=\"{(kind == "before" ? "#9aa5b1" : "#c0392b")}\"><title>{HtmlEncoder.Default.Encode(label)}</title></rect>");
    }
}
