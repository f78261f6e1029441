using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Scoring.Events;
using CreditPlatform.Application.Scoring.Events.RecordEvent;
using CreditPlatform.Application.Scoring.Events.RecordEventBatch;
using CreditPlatform.Application.Scoring.Guardrails;
using CreditPlatform.Application.Scoring.Guardrails.GetGuardrails;
using CreditPlatform.Application.Scoring.Guardrails.SetGuardrails;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Ledger.GetSubjectLedger;
using CreditPlatform.Application.Scoring.Ledger.ReverseEntry;
using CreditPlatform.Application.Scoring.Ledger.VerifyLedger;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Scoring.Rules.ApproveRule;
using CreditPlatform.Application.Scoring.Rules.ConfirmRuleRetirement;
using CreditPlatform.Application.Scoring.Rules.DraftRule;
using CreditPlatform.Application.Scoring.Rules.ListRules;
using CreditPlatform.Application.Scoring.Rules.RejectRule;
using CreditPlatform.Application.Scoring.Rules.RetireRule;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Schemes.GetScheme;
using CreditPlatform.Application.Scoring.Schemes.SetScheme;
using CreditPlatform.Application.Scoring.Schemes.ApproveSchemeDraft;
using CreditPlatform.Application.Scoring.Schemes.DraftScheme;
using CreditPlatform.Application.Scoring.Schemes.GetSchemeDraft;
using CreditPlatform.Application.Scoring.Schemes.ListSchemeDrafts;
using CreditPlatform.Application.Scoring.Schemes.RejectSchemeDraft;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Application.Scoring.Scores.GetScore;
using CreditPlatform.Application.Scoring.Scores.GetScoreTrend;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Web.Hardening;
using CreditPlatform.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CreditPlatform.Web.Endpoints;

/// <summary>Events, the ledger, scores, rules, the scheme and guardrails of a jurisdiction.</summary>
public static class ScoringEndpoints
{
    public static RouteGroupBuilder MapScoring(this RouteGroupBuilder tenant)
    {
        MapEvents(tenant.MapGroup("/events").WithTags("Events"));
        MapSubjectScores(tenant.MapGroup("/subjects").WithTags("Scores"));
        MapLedger(tenant.MapGroup("/ledger").WithTags("Ledger"));
        MapRules(tenant.MapGroup("/rules").WithTags("Rules"));
        MapSchemeAndGuardrails(tenant);
        return tenant;
    }

    /// <summary>A full batch of 10,000 events with short evidence is about 2.5 MB of JSON: room for longer items.</summary>
    private const long BatchBodyBytes = 8 * 1024 * 1024;

    private static void MapEvents(RouteGroupBuilder events)
    {
        events.MapPost("/", async Task<Results<Created<RecordedEvent>, Ok<RecordedEvent>>> (
            EventInput body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender, CancellationToken ct) =>
        {
            var input = string.IsNullOrWhiteSpace(idempotencyKey) ? body : body with { IdempotencyKey = idempotencyKey };
            var recorded = await sender.Send(new RecordEvent(input, EventSource.Api), ct);
            return recorded.Replayed ? TypedResults.Ok(recorded) : TypedResults.Created($"events/{recorded.EventId}", recorded);
        }).RequireScope(Scopes.EventsWrite).WithName("RecordEvent");

        events.MapPost("/batch", async (RecordEventBatch command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { Source = EventSource.Api }, ct)))
            .RequireScope(Scopes.EventsWrite).WithName("RecordEventBatch")
            .AllowBodyUpTo(BatchBodyBytes);
    }

    private static void MapSubjectScores(RouteGroupBuilder subjects)
    {
        subjects.MapGet("/{id:guid}/score", async (Guid id, DateTimeOffset? asOf, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetScore(id, asOf), ct)))
            .RequireScope(Scopes.SubjectsRead).WithName("GetScore");

        subjects.MapGet("/{id:guid}/ledger", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetSubjectLedger(id, LanguageOf(request)), ct)))
            .RequireScope(Scopes.SubjectsRead).WithName("GetSubjectLedger");

        subjects.MapGet("/{id:guid}/trend", async (Guid id, int? months, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetScoreTrend(id, months ?? 12), ct)))
            .RequireScope(Scopes.SubjectsRead).WithName("GetScoreTrend");
    }

    private static void MapLedger(RouteGroupBuilder ledger)
    {
        ledger.MapPost("/{entryId:guid}/reversal", async (Guid entryId, ReverseEntry command, ISender sender, CancellationToken ct) =>
        {
            var reversal = await sender.Send(command with { EntryId = entryId }, ct);
            return TypedResults.Created($"ledger/{reversal.Id}", reversal);
        }).RequireScope(Scopes.LedgerWrite).WithName("ReverseLedgerEntry");

        ledger.MapGet("/verification", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new VerifyLedger(), ct)))
            .RequireScope(Scopes.AuditRead).WithName("VerifyLedger");
    }

    private static void MapRules(RouteGroupBuilder rules)
    {
        rules.MapGet("/", async (string? status, HttpRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ListRules(status, LanguageOf(request)), ct)))
            .RequireScope(Scopes.RulesRead).WithName("ListRules");

        rules.MapPost("/", async (DraftRule command, ISender sender, CancellationToken ct) =>
        {
            var rule = await sender.Send(command, ct);
            return TypedResults.Created($"rules/{rule.Code}/versions/{rule.Version}", rule);
        }).RequireScope(Scopes.RulesWrite).WithName("DraftRule");

        rules.MapPost("/{code}/versions/{version:int}/approval", async (string code, int version, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ApproveRule(code, version), ct)))
            .RequireScope(Scopes.RulesWrite).WithName("ApproveRule");

        rules.MapPost("/{code}/versions/{version:int}/rejection", async (string code, int version, RejectRule command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { Code = code, Version = version }, ct)))
            .RequireScope(Scopes.RulesWrite).WithName("RejectRule");

        // Asking is the first pair of eyes: the rule keeps scoring until another official confirms.
        rules.MapPost("/{code}/retirement", async (string code, RetireRule? command, ISender sender, CancellationToken ct) =>
            TypedResults.Accepted($"rules/{code}/retirement/confirmation", await sender.Send((command ?? new RetireRule(null)) with { Code = code }, ct)))
            .RequireScope(Scopes.RulesWrite).WithName("RetireRule");

        rules.MapPost("/{code}/retirement/confirmation", async (string code, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ConfirmRuleRetirement(code), ct)))
            .RequireScope(Scopes.RulesWrite).WithName("ConfirmRuleRetirement");
    }

    private static void MapSchemeAndGuardrails(RouteGroupBuilder tenant)
    {
        var scheme = tenant.MapGroup("/scheme").WithTags("Scheme");
        scheme.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetScheme(), ct)))
            .RequireScope(Scopes.RulesRead).WithName("GetScheme");
        scheme.MapPut("/", async (SetScheme command, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(command, ct)))
            .RequireScope(Scopes.RulesWrite).WithName("SetScheme");

        // A scheme change is drafted by one official and approved by another, like a rule.
        scheme.MapGet("/drafts", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListSchemeDrafts(), ct)))
            .RequireScope(Scopes.RulesRead).WithName("ListSchemeDrafts");
        scheme.MapPost("/drafts", async (DraftScheme command, ISender sender, CancellationToken ct) =>
        {
            var draft = await sender.Send(command, ct);
            return TypedResults.Created($"drafts/{draft.Id}", draft);
        }).RequireScope(Scopes.RulesWrite).WithName("DraftScheme");
        scheme.MapGet("/drafts/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetSchemeDraft(id), ct)))
            .RequireScope(Scopes.RulesRead).WithName("GetSchemeDraft");
        scheme.MapPost("/drafts/{id:guid}/approval", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ApproveSchemeDraft(id), ct)))
            .RequireScope(Scopes.RulesWrite).WithName("ApproveSchemeDraft");
        scheme.MapPost("/drafts/{id:guid}/rejection", async (Guid id, RejectSchemeDraft command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { Id = id }, ct)))
            .RequireScope(Scopes.RulesWrite).WithName("RejectSchemeDraft");

        var guardrails = tenant.MapGroup("/guardrails").WithTags("Guardrails");
        guardrails.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetGuardrails(), ct)))
            .RequireScope(Scopes.RulesRead).WithName("GetGuardrails");
        guardrails.MapPut("/", async (SetGuardrails command, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(command, ct)))
            .RequireScope(Scopes.RulesWrite).WithName("SetGuardrails");
    }

    /// <summary>English when the reader's first choice is English; Chinese otherwise (the citizens' default).</summary>
    private static string LanguageOf(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .FirstOrDefault();
        return preferred?.Value.Value ?? Languages.Chinese;
    }
}
