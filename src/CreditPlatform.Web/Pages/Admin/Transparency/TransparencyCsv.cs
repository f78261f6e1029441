using System.Globalization;
using System.Text;
using CreditPlatform.Application.Transparency.GetTransparencyReport;

namespace CreditPlatform.Web.Pages.Admin.Transparency;

/// <summary>The transparency report as CSV (RFC 4180), one row per figure: section, key, detail, count.</summary>
public static class TransparencyCsv
{
    public static byte[] Write(TransparencyReportDto report)
    {
        var csv = new StringBuilder();
        csv.Append("section,key,detail,count\r\n");
        Section(csv, "events_by_rule", report.EventsByRule);
        Section(csv, "events_by_category", report.EventsByCategory);
        Section(csv, "events_by_department", report.EventsByDepartment);
        Section(csv, "listings_by_reason", report.ListingsByReason);
        Section(csv, "removals_by_reason", report.RemovalsByReason);
        if (report.Appeals is { } a)
        {
            Line(csv, "appeals", "filed", "", a.Filed.ToString(CultureInfo.InvariantCulture));
            Line(csv, "appeals", "decided", "", a.Decided.ToString(CultureInfo.InvariantCulture));
            Line(csv, "appeals", "upheld", "", a.Upheld.ToString(CultureInfo.InvariantCulture));
            Line(csv, "appeals", "median_days_to_decision", "", a.MedianDaysToDecision?.ToString("0.#", CultureInfo.InvariantCulture) ?? "");
        }
        else
        {
            Line(csv, "appeals", "not_recorded", "", "0");
        }

        // A byte-order mark so spreadsheet programs read the Chinese titles as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Section(StringBuilder csv, string section, IEnumerable<ReportRow> rows)
    {
        foreach (var row in rows)
        {
            Line(csv, section, row.Key, row.Detail, row.Count.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Line(StringBuilder csv, params string[] fields) =>
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");

    private static string Field(string value)
    {
        // A cell starting with = + - @ would run as a formula in a spreadsheet; a leading quote keeps it text.
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
