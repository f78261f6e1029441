using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;
using CreditPlatform.Application.Scoring.Categories;
using CreditPlatform.Web.Security;

namespace CreditPlatform.Web.Endpoints;

/// <summary>What the platform owns for every scheme: the rule categories and its own guardrails.</summary>
public static class PlatformGuardrailsEndpoints
{
    public static RouteGroupBuilder MapPlatformGuardrails(this RouteGroupBuilder api)
    {
        api.MapGet("/rule-categories", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListRuleCategories(), ct)))
            .RequireScope(Scopes.RulesRead).WithTags("Rules").WithName("ListRuleCategories");
        return api;
    }
}
