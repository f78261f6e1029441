using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;
using CreditPlatform.Web.Security;

namespace CreditPlatform.Web.Endpoints;

public static class ChecksEndpoints
{
    /// <summary>Any key with checks:read, platform or jurisdiction; answered from memory.</summary>
    public static RouteGroupBuilder MapChecks(this RouteGroupBuilder api)
    {
        api.MapPost("/checks", async (CheckIdentifiers request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(request, ct)))
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("CheckIdentifiers");
        return api;
    }
}
