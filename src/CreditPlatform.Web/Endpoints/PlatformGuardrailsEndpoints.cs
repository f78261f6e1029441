using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Scoring.Categories;
using CreditPlatform.Application.Scoring.Categories.ListRuleCategories;
using CreditPlatform.Application.Scoring.Guardrails.Platform;
using CreditPlatform.Application.Scoring.Guardrails.Platform.ApprovePlatformGuardrails;
using CreditPlatform.Application.Scoring.Guardrails.Platform.GetPlatformGuardrails;
using CreditPlatform.Application.Scoring.Guardrails.Platform.ProposePlatformGuardrails;
using CreditPlatform.Application.Scoring.Guardrails.Platform.RejectPlatformGuardrails;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

/// <summary>What the platform owns for every scheme: the rule categories and its own guardrails.</summary>
public static class PlatformGuardrailsEndpoints
{
    public static RouteGroupBuilder MapPlatformGuardrails(this RouteGroupBuilder api)
    {
        api.MapGet("/rule-categories", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListRuleCategories(), ct)))
            .RequireScope(Scopes.RulesRead).WithTags("Rules").WithName("ListRuleCategories");

        var guardrails = api.MapGroup("/platform/guardrails").WithTags("Guardrails");
        guardrails.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetPlatformGuardrails(), ct)))
            .RequireScope(Scopes.RulesRead).WithName("GetPlatformGuardrails");

        guardrails.MapPost("/versions", async (ProposePlatformGuardrails command, ISender sender, CancellationToken ct) =>
        {
            var proposal = await sender.Send(command, ct);
            return TypedResults.Created($"platform/guardrails/versions/{proposal.Version}", proposal);
        }).RequireScope(Scopes.GuardrailsWrite).WithName("ProposePlatformGuardrails");

        guardrails.MapPost("/versions/{version:int}/approval", async (int version, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ApprovePlatformGuardrails(version), ct)))
            .RequireScope(Scopes.GuardrailsWrite).WithName("ApprovePlatformGuardrails");

        guardrails.MapPost("/versions/{version:int}/rejection", async (int version, RejectPlatformGuardrails command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { Version = version }, ct)))
            .RequireScope(Scopes.GuardrailsWrite).WithName("RejectPlatformGuardrails");
        return api;
    }
}
