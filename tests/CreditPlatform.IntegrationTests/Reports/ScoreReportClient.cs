using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Reports;

/// <summary>Issues a report as the citizen zhang.wei through the portal page, and checks codes as a bank would.</summary>
internal static partial class ScoreReportClient
{
    public static async Task<string> IssueAsync(CreditPlatformFactory factory)
    {
        using var citizen = await factory.SignedInClientAsync("zhang.wei");
        var form = await citizen.GetStringAsync("/portal/report");
        using var response = await citizen.PostAsync("/portal/report", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var match = Code().Match(await response.Content.ReadAsStringAsync());
        match.Success.ShouldBeTrue();
        return match.Groups[1].Value;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> VerifyAsync(CreditPlatformFactory factory, string code)
    {
        using var bank = factory.CreateClient();
        using var response = await bank.PostAsJsonAsync("/api/v1/public/score-reports/verification", new { code });
        return (response.StatusCode, await response.ReadJsonAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("data-testid=\"report-code\">([A-Z0-9-]+)<")]
    private static partial Regex Code();
}
