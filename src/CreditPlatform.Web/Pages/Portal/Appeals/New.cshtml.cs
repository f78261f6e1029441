using System.Globalization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.AddAppealEvidence;
using CreditPlatform.Application.Appeals.FileAppeal;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Ledger.GetSubjectLedger;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Portal.Appeals;

/// <summary>The citizen objects to one of his own entries, giving his reasons and, if he likes, a file as evidence.</summary>
[RequestSizeLimit(AppealEvidence.MaxBytes + (64 * 1024))]
public sealed class NewModel(ISender sender, ICurrentActor actor, IValidator<AddAppealEvidence> evidenceRules) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "entry")]
    public Guid? LedgerEntryId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ListEntry { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public IFormFile? Evidence { get; set; }

    /// <summary>The ledger entry objected to, when it is one of the citizen's own.</summary>
    public LedgerEntryDto? Entry { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        // The file is checked by the same rules as the API's before the appeal is filed, so a wrong file loses nothing.
        var evidence = Evidence is { Length: > 0 } file ? new AddAppealEvidence(Guid.Empty, file.FileName, await ReadAsync(file, ct)) : null;
        if (evidence is not null && await evidenceRules.ValidateAsync(evidence, ct) is { IsValid: false } invalid)
        {
            foreach (var error in invalid.Errors)
            {
                ModelState.AddModelError(nameof(Evidence), UiText.Validation.For(new FieldFailure(error.PropertyName, error.ErrorCode, error.ErrorMessage)));
            }

            return Page();
        }

        try
        {
            var filed = await sender.Send(new FileAppeal(Entry?.Id, Entry is null ? ListEntry : null, Reason), ct);
            var notice = UiText.MyAppeals.Filed.Format(filed.DecisionDue.ToLocalTime().ToString("d", CultureInfo.CurrentCulture));
            if (evidence is not null)
            {
                await sender.Send(evidence with { AppealId = filed.Id }, ct);
                notice += " " + UiText.Evidence.Added.Format(Path.GetFileName(evidence.FileName));
            }

            TempData["Notice"] = notice;
            return RedirectToPage("Index");
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, "");
        }
        catch (BusinessRuleException e) when (e.Code == FileAppealHandler.WindowClosedCode)
        {
            var closed = e.Extensions.TryGetValue("windowClosedAt", out var at) && at is DateTimeOffset d ? d.ToLocalTime().ToString("d", CultureInfo.CurrentCulture) : "";
            Problem = UiText.MyAppeals.WindowClosed.Format(closed);
        }
        catch (BusinessRuleException e)
        {
            Problem = UiText.Refusals.For(e);
        }
        catch (ConflictException)
        {
            Problem = UiText.MyAppeals.AlreadyOpen;
        }

        return Page();
    }

    /// <summary>Reads at most one byte past the limit: enough for the size rule to refuse, never a whole oversized upload.</summary>
    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= AppealEvidence.MaxBytes && (read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (actor.SubjectId is not { } subjectId)
        {
            return false;
        }

        if (LedgerEntryId is { } id)
        {
            var ledger = await sender.Send(new GetSubjectLedger(subjectId, CultureInfo.CurrentUICulture.Name), ct);
            Entry = ledger.FirstOrDefault(e => e.Id == id);
            return Entry is not null;
        }

        // A list entry is named by the citizen's own notice; the filing itself checks it is his.
        return ListEntry is not null;
    }
}
