using CreditPlatform.Infrastructure.Audit;

namespace CreditPlatform.Web.Hosting;

/// <summary>
/// <c>dotnet run --project src/CreditPlatform.Web -- verify-audit [--tenant slug]</c>: checks the
/// audit hash chains against the configured database (or the local cluster) without starting the
/// web host. Exit code 0 when every chain holds, 2 when one is broken.
/// </summary>
public static class VerifyAuditVerb
{
    public const string Name = "verify-audit";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        CreditPlatform.DevCluster.LocalDevelopmentDatabase? local;
        try
        {
            local = await DatabaseStartup.UseLocalClusterIfUnconfiguredAsync(builder);
        }
        catch (CreditPlatform.DevCluster.LocalClusterException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        try
        {
            var intact = await AuditChainCommand.RunAsync(
                builder.Configuration.GetConnectionString("Default")!, builder.Configuration["tenant"], Console.Out);
            return intact ? 0 : 2;
        }
        catch (Npgsql.PostgresException e) when (e.SqlState is "42P01" or "42883")
        {
            await Console.Error.WriteLineAsync("The database has no audit chain yet: apply the migrations first (start the app once, or set Database__MigrateOnStartup=true).");
            return 1;
        }
        finally
        {
            if (local is { Cluster.StartedHere: true })
            {
                local.Cluster.Stop();
            }
        }
    }
}
