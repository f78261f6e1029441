using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Checks.DeleteScreening;
using CreditPlatform.Application.Checks.GetScreening;
using CreditPlatform.Application.Checks.GetScreenings;
using CreditPlatform.Application.Checks.StartScreening;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Screenings;

/// <summary>
/// Bulk screening for officials: upload a file, watch its progress (the bar follows <c>?handler=Progress</c> by script,
/// or the refresh link without), download the answers. The same use cases as <c>/api/v1/screenings</c>, owned by the
/// signed-in official.
/// </summary>
[RequestSizeLimit(ScreeningCsv.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ScreeningCsv.MaxBytes)]
public sealed class IndexModel(ISender sender, IScreeningStore store) : PageModel
{
    public IReadOnlyList<string> MeasureCodes { get; } = [.. Measures.Restrictions.Concat(Measures.Rewards).Order(StringComparer.Ordinal)];

    public IReadOnlyList<ScreeningDto> Screenings { get; private set; } = [];

    [BindProperty]
    public string? Measure { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Screenings = await sender.Send(new GetScreenings(), ct);

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), UiText.AdminScreenings.NoFile);
        }
        else
        {
            try
            {
                await using var file = Upload.OpenReadStream();
                var started = await sender.Send(new StartScreening(file, Measure, null), ct);
                TempData["Notice"] = UiText.AdminScreenings.Started.Format(started.Total.ToString("N0", System.Globalization.CultureInfo.CurrentCulture));
                return RedirectToPage();
            }
            catch (RequestValidationException)
            {
                ModelState.AddModelError(nameof(Upload), UiText.AdminScreenings.FileRefused);
            }
            catch (ConflictException)
            {
                ModelState.AddModelError(nameof(Upload), UiText.AdminScreenings.TooMany);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        Screenings = await sender.Send(new GetScreenings(), ct);
        return Page();
    }

    /// <summary>The progress of one screening as JSON, for the progress bar.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid id, CancellationToken ct)
    {
        var s = await sender.Send(new GetScreening(id), ct);
        return new JsonResult(new { s.Id, s.Status, s.Total, s.Screened, s.PercentDone });
    }

    public async Task<IActionResult> OnGetResultsAsync(Guid id, CancellationToken ct)
    {
        var screening = await sender.Send(new GetScreening(id), ct);
        if (screening.Status != ScreeningDto.Completed)
        {
            TempData["Notice"] = UiText.AdminScreenings.StillRunning.ToString();
            return RedirectToPage();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"screening-{screening.CreatedAt:yyyyMMdd-HHmm}.csv\"";
        await ScreeningCsv.WriteAsync(store.ResultsAsync(id, ct), Response.Body, ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        await sender.Send(new DeleteScreening(id), ct);
        TempData["Notice"] = UiText.AdminScreenings.Deleted.ToString();
        return RedirectToPage();
    }
}
