using System.Diagnostics;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Audit;

/// <summary>The operator's <c>verify-audit</c> verb, run as its own process against a real database.</summary>
[Trait("Category", "Slow")]
public sealed class VerifyAuditCommandTests
{
    private static async Task<(int ExitCode, string Output)> RunVerbAsync(CreditPlatformFactory factory, params string[] args)
    {
        var testBin = AppContext.BaseDirectory;
        var webDll = Path.Combine(testBin, "CreditPlatform.Web.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = testBin,
        };
        info.ArgumentList.Add(webDll);
        info.ArgumentList.Add("verify-audit");
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["ConnectionStrings__Default"] = factory.Settings["ConnectionStrings:Default"];
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        return await ChildProcess.RunAsync(info, TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task VerifyAudit_WhenEveryChainHolds_PrintsOkAndExitsZero()
    {
        await using var factory = await CreditPlatformFactory.StartAsync();
        using var client = factory.ApiClient();
        await AuditTrail.EnrolAsync(client);

        var (exitCode, output) = await RunVerbAsync(factory);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("rongcheng: ok");
    }

    [Fact]
    public async Task VerifyAudit_WhenARowWasAltered_NamesTheBrokenLinkAndExitsNonZero()
    {
        await using var factory = await CreditPlatformFactory.StartAsync();
        using var client = factory.ApiClient();
        await AuditTrail.EnrolAsync(client);
        await AuditTrail.EnrolAsync(client);
        var tenant = await AuditTrail.TenantIdAsync(factory, "rongcheng");
        await AuditTrail.AsOwnerAsync(factory, "UPDATE audit_log SET action = 'Nothing' WHERE tenant_id = $1 AND sequence = 1", tenant);

        var (exitCode, output) = await RunVerbAsync(factory, "--tenant", "rongcheng");

        exitCode.ShouldNotBe(0);
        output.ShouldContain("rongcheng: BROKEN at sequence 1");
    }
}
