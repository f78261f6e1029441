using System.Globalization;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Gathering.GetTodaysEntries;
using CreditPlatform.Application.Gathering.UndoOwnEntry;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Gather;

/// <summary>
/// What the gatherer recorded today, one card per entry, and the undo of an entry recorded by mistake: a confirm
/// step that asks why (the resident reads it), then the same reversal an official makes.
/// </summary>
public sealed class TodayModel(ISender sender) : PageModel
{
    public const string Mistake = "mistake";
    public const string WrongResident = "wrong-resident";
    public const string WrongRule = "wrong-rule";
    public const string Other = "other";

    public static readonly IReadOnlyList<(string Value, Text Label)> Reasons =
    [
        (Mistake, UiText.GatherToday.ReasonMistake),
        (WrongResident, UiText.GatherToday.ReasonWrongResident),
        (WrongRule, UiText.GatherToday.ReasonWrongRule),
        (Other, UiText.GatherToday.ReasonOther),
    ];

    /// <summary>The entry whose undo is being confirmed.</summary>
    [BindProperty(SupportsGet = true, Name = "undo")]
    public Guid? UndoId { get; set; }

    [BindProperty]
    public UndoForm Form { get; set; } = new();

    public TodaysEntries Today { get; private set; } = new(default, []);

    public TodayEntry? Confirming { get; private set; }

    public string? Problem { get; private set; }

    public string? Done { get; private set; }

    private static string Language => CultureInfo.CurrentUICulture.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (UndoId is { } id)
        {
            Confirming = Today.Entries.FirstOrDefault(e => e.Id == id && !e.Reversed);
            if (Confirming is null)
            {
                Problem = UiText.GatherToday.NotFound;
                Response.StatusCode = StatusCodes.Status404NotFound;
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUndoAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var entry = Today.Entries.FirstOrDefault(e => e.Id == UndoId);
        if (UndoId is null)
        {
            Problem = UiText.GatherToday.NotFound;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var reason = Reason();
        if (reason is null)
        {
            ModelState.AddModelError("Form.Details", UiText.GatherToday.DetailsRequired);
            Confirming = entry;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            var reversal = await sender.Send(new UndoOwnEntry(UndoId.Value, reason), ct);
            await LoadAsync(ct);
            Done = UiText.GatherToday.Undone.Format(entry?.ResidentName ?? "", reversal.Score.ToString(CultureInfo.CurrentCulture));
            UndoId = null;
            ModelState.Clear();
        }
        catch (NotFoundException)
        {
            Problem = UiText.GatherToday.NotFound;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, nameof(Form));
            Confirming = entry;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (BusinessRuleException e)
        {
            Problem = UiText.Refusals.For(e);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (ConflictException e)
        {
            await LoadAsync(ct);
            Problem = UiText.Refusals.For(e);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }

    /// <summary>The reason as the resident will read it, in the page's language; null when "another reason" is left unsaid.</summary>
    private string? Reason()
    {
        var details = Form.Details?.Trim();
        var chosen = Reasons.FirstOrDefault(r => r.Value == Form.Choice).Label;
        if (chosen is null || Form.Choice == Other)
        {
            return string.IsNullOrEmpty(details) ? null : details;
        }

        return string.IsNullOrEmpty(details) ? chosen.ToString()
            : chosen + (Cultures.IsEnglish(CultureInfo.CurrentUICulture) ? ": " : "：") + details;
    }

    private async Task LoadAsync(CancellationToken ct) => Today = await sender.Send(new GetTodaysEntries(Language), ct);
}

/// <summary>Why an entry is undone: one of the usual reasons, chosen explicitly, and any words of the gatherer's own.</summary>
public sealed class UndoForm
{
    public string? Choice { get; set; } = TodayModel.Mistake;

    public string? Details { get; set; }
}
