using System.Diagnostics;
using CreditPlatform.IntegrationTests.Audit;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CreditPlatform.IntegrationTests.Reliability;

/// <summary>Runs scripts/backup-restore-check.sh for real: pg_dump, pg_restore into a new database, row counts compared.</summary>
[Trait("Category", "Slow")]
public sealed class BackupRestoreTests(HostFixture host, ITestOutputHelper output) : IClassFixture<HostFixture>
{
    private static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "scripts", "backup-restore-check.sh");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new InvalidOperationException("scripts/backup-restore-check.sh was not found above the test assembly.");
    }

    [Fact]
    public async Task BackupRestoreCheck_OnALiveDatabase_RestoresEveryTableWithTheSameRowCounts()
    {
        using (var client = host.Factory.ApiClient())
        {
            for (var i = 0; i < 5; i++)
            {
                await AuditTrail.EnrolAsync(client);
            }
        }

        var owner = new NpgsqlConnectionStringBuilder(host.Factory.Settings["ConnectionStrings:Default"]);
        var info = new ProcessStartInfo("bash", [Script(), owner.Database!]);
        info.Environment["PGHOST"] = owner.Host;
        info.Environment["PGPORT"] = owner.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["PGUSER"] = owner.Username;
        info.Environment["PGPASSWORD"] = owner.Password;
        info.Environment["PGDATABASE"] = "postgres";
        var (exitCode, report) = await ChildProcess.RunAsync(info, TimeSpan.FromMinutes(3));
        output.WriteLine(report);

        exitCode.ShouldBe(0, report);
        report.ShouldContain("public.subjects");
        report.ShouldContain("public.audit_log");
        report.ShouldContain("Audit chains intact in the restored database.");
        report.ShouldContain("All tables match");
    }
}
