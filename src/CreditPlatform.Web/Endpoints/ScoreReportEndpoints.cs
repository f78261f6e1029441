using CreditPlatform.Application.Reports;
using CreditPlatform.Application.Reports.VerifyScoreReport;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

/// <summary>Banks check the code printed on a citizen's score report. Public, and rate-limited with the other public routes.</summary>
public static class ScoreReportEndpoints
{
    public static RouteGroupBuilder MapScoreReports(this RouteGroupBuilder api)
    {
        api.MapPost("/public/score-reports/verification", async (VerifyScoreReport query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .AllowAnonymous().WithTags("Publication").WithName("VerifyScoreReport");
        return api;
    }
}
