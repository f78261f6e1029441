using System.Globalization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Gathering;
using CreditPlatform.Application.Gathering.GatherRuleChoices;
using CreditPlatform.Application.Gathering.PreviewEvent;
using CreditPlatform.Application.Scoring.Events;
using CreditPlatform.Application.Scoring.Events.RecordEvent;
using CreditPlatform.Application.Subjects;
using CreditPlatform.Application.Subjects.GetSubject;
using CreditPlatform.Application.Gathering.FindResidents;
using CreditPlatform.Application.Subjects.SearchSubjects;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Gather;

/// <summary>
/// Recording an event on a phone: find the resident, choose the rule, see the points, confirm. The confirm step is
/// a dry run; saving sends the same command as the API, with the key made at the preview so a double tap saves once.
/// </summary>
public sealed class RecordModel(ISender sender, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "subject")]
    public Guid? SubjectId { get; set; }

    [BindProperty]
    public RecordForm Form { get; set; } = new();

    public SubjectDto? Subject { get; private set; }

    public IReadOnlyList<SubjectSummaryDto> Matches { get; private set; } = [];

    public IReadOnlyList<RuleChoice> Rules { get; private set; } = [];

    public EventPreview? Preview { get; private set; }

    public RecordedEvent? Saved { get; private set; }

    public string? Problem { get; private set; }

    public string SuggestUrl => (Url.Page("/Gather/Record", "Suggest") ?? "/gather/record?handler=Suggest") + "&q=";

    /// <summary>What the search box suggests as the gatherer types: part of a name or pinyin initials.</summary>
    public async Task<IActionResult> OnGetSuggestAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Query) || Query.Trim().Length > FindResidents.TextMaxLength)
        {
            return new JsonResult(Array.Empty<SubjectSummaryDto>());
        }

        var found = await sender.Send(new FindResidents(Query.Trim()), ct);
        return new JsonResult(found.Take(8).ToArray(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
    }

    /// <summary>Back from the confirm step to the form, with everything as it was typed.</summary>
    public async Task<IActionResult> OnPostBackAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private static string Language => CultureInfo.CurrentUICulture.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Form.OccurredOn ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrWhiteSpace(Query) && SubjectId is null)
        {
            try
            {
                Matches = await sender.Send(new FindResidents(Query.Trim()), ct);
            }
            catch (RequestValidationException e)
            {
                ModelState.AddRequestErrors(e, "");
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Subject is null)
        {
            return Page();
        }

        try
        {
            Preview = await sender.Send(new PreviewEvent(Input(), Language), ct);
            Form.Key ??= Guid.NewGuid().ToString("N");
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, nameof(Form));
        }
        catch (BusinessRuleException e)
        {
            Problem = UiText.Refusals.For(e);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Subject is null)
        {
            return Page();
        }

        try
        {
            Saved = await sender.Send(new RecordEvent(Input() with { IdempotencyKey = Form.Key }, EventSource.Form), ct);
            Rules = await sender.Send(new GatherRuleChoices(Language), ct);
            Form = new RecordForm { OccurredOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
            ModelState.Clear();
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, nameof(Form));
        }
        catch (BusinessRuleException e)
        {
            Problem = UiText.Refusals.For(e);
        }

        return Page();
    }

    private EventInput Input() => new(
        Subject!.Id,
        null,
        Form.RuleCode,
        Form.OccurredOn is { } day ? Noon(day) : null,
        Form.Quantity,
        Form.Evidence,
        Form.DocumentNumber);

    /// <summary>A day is recorded at noon UTC, or now when noon has not come yet: never in the future.</summary>
    private DateTimeOffset Noon(DateOnly day)
    {
        var noon = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var now = clock.GetUtcNow();
        return noon > now ? now : noon;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (SubjectId is { } id)
        {
            try
            {
                Subject = await sender.Send(new GetSubject(id), ct);
            }
            catch (NotFoundException)
            {
                Problem = UiText.Record.NoSuchResident;
                return;
            }

            Rules = await sender.Send(new GatherRuleChoices(Language), ct);
        }
    }
}

/// <summary>The fields a gatherer fills in; the date is a day, recorded at noon UTC so no time zone moves it.</summary>
public sealed class RecordForm
{
    public string? RuleCode { get; set; }

    public decimal? Quantity { get; set; }

    public string? Evidence { get; set; }

    public string? DocumentNumber { get; set; }

    public DateOnly? OccurredOn { get; set; }

    /// <summary>Idempotency key made at the preview and posted back with the confirmation.</summary>
    public string? Key { get; set; }
}
