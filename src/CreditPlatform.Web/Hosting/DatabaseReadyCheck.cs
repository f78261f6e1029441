using CreditPlatform.Infrastructure.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CreditPlatform.Web.Hosting;

/// <summary>Ready when the database answers and every embedded migration has been applied.</summary>
public sealed class DatabaseReadyCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    private static readonly int ExpectedMigrations = DatabaseMigrator.Scripts().Count;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT count(*) FROM schema_migrations");
            var applied = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            return applied >= ExpectedMigrations
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{applied} of {ExpectedMigrations} migrations applied.");
        }
        catch (PostgresException)
        {
            return HealthCheckResult.Unhealthy("The schema has not been created.");
        }
        catch (NpgsqlException)
        {
            return HealthCheckResult.Unhealthy("The database is unreachable.");
        }
    }
}
