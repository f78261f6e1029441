using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Oversight;
using CreditPlatform.Application.Oversight.ApproveLift;
using CreditPlatform.Application.Oversight.CheckOverseer;
using CreditPlatform.Application.Oversight.GetSuspension;
using CreditPlatform.Application.Oversight.ProposeLift;
using CreditPlatform.Application.Oversight.Suspend;
using CreditPlatform.Domain.Oversight;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

/// <summary>
/// Oversight from above: a parent jurisdiction's officials or the platform suspend a rule or list of a jurisdiction
/// below, and lift it with four eyes. Membership of the route's tenant is not required here; the handlers admit
/// ancestors and the platform only (the jurisdiction's own members may read the state).
/// </summary>
public static class OversightEndpoints
{
    public static RouteGroupBuilder MapOversight(this RouteGroupBuilder tenant)
    {
        Map(tenant.MapGroup("/rules/{code}/suspension").WithTags("Oversight"), SuspensionTarget.Rule, Scopes.RulesRead, Scopes.RulesWrite, "Rule");
        Map(tenant.MapGroup("/lists/{code}/suspension").WithTags("Oversight"), SuspensionTarget.List, Scopes.ListsRead, Scopes.ListsWrite, "List");
        return tenant;
    }

    private static void Map(RouteGroupBuilder suspension, SuspensionTarget target, string read, string write, string name)
    {
        suspension.MapGet("/", async (string code, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetSuspension(target, code), ct)))
            .RequireOversightScope(read).WithName($"Get{name}Suspension");

        suspension.MapPost("/", async (string code, Suspend command, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new CheckOverseer(target), ct);
            return TypedResults.Ok(await sender.Send(command with { Target = target, Code = code }, ct));
        })
            .RequireOversightScope(write).WithName($"Suspend{name}");

        suspension.MapPost("/lift-proposal", async (string code, ProposeLift? command, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new CheckOverseer(target), ct);
            return TypedResults.Ok(await sender.Send((command ?? new ProposeLift(null)) with { Target = target, Code = code }, ct));
        })
            .RequireOversightScope(write).WithName($"Propose{name}SuspensionLift");

        suspension.MapPost("/lift-proposal/approval", async (string code, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ApproveLift { Target = target, Code = code }, ct)))
            .RequireOversightScope(write).WithName($"Approve{name}SuspensionLift");
    }
}
