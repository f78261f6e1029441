using CreditPlatform.Application.Catalogue;
using CreditPlatform.Application.Catalogue.GetPublicCatalogue;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Explanations;
using CreditPlatform.Application.Explanations.ExplainCheck;
using CreditPlatform.Application.Explanations.GetMyRepairPath;
using CreditPlatform.Application.Explanations.GetMyScoreExplanation;
using CreditPlatform.Application.Explanations.GetRepairPath;
using CreditPlatform.Application.Explanations.GetScoreExplanation;
using CreditPlatform.Application.Lists.Identification;
using CreditPlatform.Application.Lists.Identification.ConfirmIdentification;
using CreditPlatform.Application.Lists.Identification.GetIdentificationCandidates;
using CreditPlatform.Application.Simulations;
using CreditPlatform.Application.Simulations.RunSimulation;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

/// <summary>Why a score is what it is, the way back, what a drafted change would do, and who a held listing names.</summary>
public static class ExplanationEndpoints
{
    public static RouteGroupBuilder MapExplanations(this RouteGroupBuilder tenant)
    {
        var subjects = tenant.MapGroup("/subjects").WithTags("Explanations");
        subjects.MapGet("/{id:guid}/explanation", async (Guid id, DateTimeOffset? asOf, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetScoreExplanation(id, asOf), ct)))
            .RequireScope(Scopes.SubjectsRead).WithName("GetScoreExplanation");

        subjects.MapGet("/{id:guid}/repair-path", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetRepairPath(id), ct)))
            .RequireScope(Scopes.SubjectsRead).WithName("GetRepairPath");

        // The citizen's own: the subject is the one the signed-in citizen is, never one named in the route.
        var me = tenant.MapGroup("/me").WithTags("Explanations");
        me.MapGet("/explanation", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetMyScoreExplanation(), ct)))
            .RequireScope(Scopes.SelfRead).WithName("GetMyScoreExplanation");

        me.MapGet("/repair-path", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetMyRepairPath(), ct)))
            .RequireScope(Scopes.SelfRead).WithName("GetMyRepairPath");

        tenant.MapPost("/simulations", async (RunSimulation command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command, ct)))
            .RequireScope(Scopes.RulesWrite).WithTags("Simulations").WithName("RunSimulation");

        var entries = tenant.MapGroup("/lists/{list}/entries/{id:guid}").WithTags("Lists");
        entries.MapGet("/candidates", async (string list, Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetIdentificationCandidates(list, id), ct)))
            .RequireScope(Scopes.ListsWrite).WithName("GetIdentificationCandidates");

        entries.MapPost("/identification", async (string list, Guid id, ConfirmIdentification command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { ListCode = list, EntryId = id }, ct)))
            .RequireScope(Scopes.ListsWrite).WithName("ConfirmIdentification");

        return tenant;
    }

    public static RouteGroupBuilder MapCheckExplanation(this RouteGroupBuilder api)
    {
        // Public: nothing may be recorded that is not in the catalogue, so anyone may read it.
        api.MapGet("/public/catalogue/{tenant}", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetPublicCatalogue(), ct)))
            .AllowAnonymous().WithTags("Publication").WithName("GetPublicCatalogue");

        api.MapPost("/checks/explanation", async (ExplainCheck request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(request, ct)))
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("ExplainCheck");
        return api;
    }
}
