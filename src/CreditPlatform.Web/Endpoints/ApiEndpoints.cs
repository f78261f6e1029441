namespace CreditPlatform.Web.Endpoints;

/// <summary>The REST surface of api.md: each area maps its own group here.</summary>
public static class ApiEndpoints
{
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapApiKeys();
        api.MapChecks();
        api.MapWebhooks();
        api.MapPublication();
        api.MapScoreReports();
        api.MapCheckExplanation();
        api.MapCalendar();
        api.MapPlatformGuardrails();
        api.MapTenants();

        var tenant = api.MapGroup("/tenants/{tenant}");
        tenant.MapSubjects();
        tenant.MapAudit();
        tenant.MapScoring();
        tenant.MapLists();
        tenant.MapGathering();
        tenant.MapExplanations();
        tenant.MapAppeals();
        tenant.MapUsers();
        tenant.MapOversight();
    }
}
