using System.Globalization;
using System.Text;
using System.Text.Json;
using CreditPlatform.Application.Portal;
using CreditPlatform.Application.Portal.GetMyData;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Portal;

/// <summary>The citizen downloads everything held about them, as JSON or CSV.</summary>
public sealed class DataModel(ISender sender) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct)
    {
        var data = await sender.Send(new GetMyData(CultureInfo.CurrentUICulture.Name), ct);
        return File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json", FileName(data, "json"));
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var data = await sender.Send(new GetMyData(CultureInfo.CurrentUICulture.Name), ct);
        // A byte-order mark, so spreadsheet programs read the Chinese text as UTF-8.
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(MyDataCsv.Write(data))).ToArray(), "text/csv", FileName(data, "csv"));
    }

    private static string FileName(MyData data, string extension) =>
        $"my-data-{data.ExportedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
}
