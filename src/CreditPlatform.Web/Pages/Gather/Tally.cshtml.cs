using System.Text.Json;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Gathering;
using CreditPlatform.Application.Gathering.CheckTally;
using CreditPlatform.Application.Gathering.GatherRuleChoices;
using CreditPlatform.Application.Scoring.Events;
using CreditPlatform.Application.Scoring.Events.RecordEventBatch;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Gather;

/// <summary>
/// The monthly tally as a CSV file: check it line by line, then import the good lines through the batch path in
/// chunks (script posts one chunk at a time and moves a progress bar; without script one post imports them all).
/// The good lines travel back with the page, so the server keeps nothing between the two steps.
/// </summary>
public sealed class TallyModel(ISender sender) : PageModel
{
    private static string Language => System.Globalization.CultureInfo.CurrentUICulture.Name;

    public const int ChunkSize = 200;
    public const long MaxFileBytes = 900 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<CheckedTallyRow> Checked { get; private set; } = [];

    public string? GoodRows { get; private set; }

    public int GoodCount { get; private set; }

    public string? Problem { get; private set; }

    public BatchResult? Result { get; private set; }

    /// <summary>The lines as read from the file, carried by the page so a suggested rule can be taken up.</summary>
    public string? TypedRows { get; private set; }

    public string? FileHash { get; private set; }

    /// <summary>The encoding the file was read in, when it was not UTF-8.</summary>
    public string? EncodingName { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>A sheet to fill in, with the rules in force: code and name in the page's language.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct)
    {
        var rules = await sender.Send(new GatherRuleChoices(Language), ct);
        var headings = new[] { UiText.Tally.Resident, UiText.Tally.RuleCode, UiText.Tally.Quantity, UiText.Tally.Date, UiText.Tally.Evidence }
            .Select(t => t.ToString()).ToList();
        var bytes = TallyCsv.Template(headings, rules.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => (r.Code, r.Title)));
        return File(bytes, "text/csv; charset=utf-8", "tally-template.csv");
    }

    /// <summary>Takes up the rule suggested for one line, then checks every line again.</summary>
    public async Task<IActionResult> OnPostFixAsync([FromForm] string? typed, [FromForm] string? hash, [FromForm] int line, [FromForm] string? rule, CancellationToken ct)
    {
        if (Typed(typed) is not { } rows || string.IsNullOrEmpty(hash) || hash.Length != 32 || !hash.All(char.IsAsciiHexDigitLower))
        {
            Problem = UiText.Tally.Expired;
            return Page();
        }

        var fixedRows = rows.Select(r => r.Line == line ? r with { Rule = rule } : r).ToList();
        return await CheckAsync(new TallyCsv.Parsed(hash, fixedRows), ct);
    }

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? upload, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0)
        {
            Problem = UiText.Tally.NoFile;
            return Page();
        }

        if (upload.Length > MaxFileBytes)
        {
            Problem = UiText.Tally.TooLarge;
            return Page();
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        if (TallyCsv.Read(buffer.ToArray()) is not { } parsed || parsed.Rows.Count == 0)
        {
            Problem = UiText.Tally.Unreadable;
            return Page();
        }

        EncodingName = parsed.EncodingName == TallyCsv.Utf8 ? null : parsed.EncodingName;
        return await CheckAsync(parsed, ct);
    }

    private async Task<IActionResult> CheckAsync(TallyCsv.Parsed parsed, CancellationToken ct)
    {
        try
        {
            Checked = await sender.Send(new CheckTally(parsed.Rows, Language), ct);
        }
        catch (RequestValidationException e)
        {
            Problem = e.Failures.Count > 0 ? UiText.Validation.For(e.Failures[0]) : "";
            return Page();
        }

        var good = Checked.Where(r => r.IsGood)
            .Select(r => new GoodRow(r.Line, r.SubjectId!.Value, r.RuleCode!, r.Quantity, r.OccurredAt!.Value, r.Evidence, TallyCsv.KeyOf(parsed.FileHash, r.Line)))
            .ToList();
        GoodCount = good.Count;
        GoodRows = JsonSerializer.Serialize(good, Json);
        FileHash = parsed.FileHash;
        TypedRows = Checked.Any(r => r.SuggestedRule is not null) ? JsonSerializer.Serialize(parsed.Rows, Json) : null;
        return Page();
    }

    /// <summary>Without script: every good line at once, chunk after chunk.</summary>
    public async Task<IActionResult> OnPostImportAsync([FromForm] string? rows, CancellationToken ct)
    {
        if (Rows(rows) is not { } good)
        {
            Problem = UiText.Tally.Expired;
            return Page();
        }

        var accepted = 0;
        var duplicates = 0;
        var rejected = new List<RejectedEvent>();
        for (var from = 0; from < good.Count; from += ChunkSize)
        {
            var chunk = await ImportAsync(good.Skip(from).Take(ChunkSize).ToList(), ct);
            accepted += chunk.Accepted;
            duplicates += chunk.Duplicates;
            rejected.AddRange(chunk.Rejected.Select(r => r with { Index = r.Index + from }));
        }

        Result = new BatchResult(accepted, duplicates, rejected);
        return Page();
    }

    /// <summary>One chunk, posted by the page's script, which adds up the answers and moves the progress bar.</summary>
    public async Task<IActionResult> OnPostChunkAsync([FromForm] string? rows, CancellationToken ct)
    {
        if (Rows(rows) is not { Count: > 0 and <= ChunkSize } chunk)
        {
            return BadRequest();
        }

        var result = await ImportAsync(chunk, ct);
        return new JsonResult(new { result.Accepted, result.Duplicates, Rejected = result.Rejected.Count }, Json);
    }

    private async Task<BatchResult> ImportAsync(IReadOnlyList<GoodRow> rows, CancellationToken ct) =>
        await sender.Send(new RecordEventBatch([.. rows.Select(r => new EventInput(r.Subject, null, r.Rule, r.Date, r.Quantity, r.Evidence, IdempotencyKey: r.Key))])
        {
            Source = EventSource.Csv,
        }, ct);

    private static List<TallyRow>? Typed(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var rows = JsonSerializer.Deserialize<List<TallyRow>>(json, Json);
            return rows is { Count: > 0 and <= CheckTally.MaxRows } ? rows : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<GoodRow>? Rows(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var rows = JsonSerializer.Deserialize<List<GoodRow>>(json, Json);
            return rows is { Count: > 0 } && rows.All(r => r is { Rule: not null, Key: not null }) ? rows : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A checked line, ready for the batch: subject by id, never by identifier.</summary>
    public sealed record GoodRow(
        [property: JsonPropertyName("l")] int Line,
        [property: JsonPropertyName("s")] Guid Subject,
        [property: JsonPropertyName("r")] string Rule,
        [property: JsonPropertyName("q")] decimal? Quantity,
        [property: JsonPropertyName("d")] DateTimeOffset Date,
        [property: JsonPropertyName("e")] string? Evidence,
        [property: JsonPropertyName("k")] string Key);
}
