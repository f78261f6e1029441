using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Persistence;

/// <summary>
/// The database's own functions lock by the platform's one key scheme (migration 0115): whoever holds the lock named
/// "audit-chain:{tenant}" or "list-change-sequence" holds back the audit chain and the list change sequencer.
/// </summary>
public sealed class AdvisoryLockKeyTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<PostgresException> BlockedWhileHeldAsync(string lockName, string sql, Func<NpgsqlConnection, Task<object?[]>> parameters)
    {
        await using var holder = host.Factory.OpenOwnerConnection();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended('creditplatform:' || $1, 0))", holder, hold))
        {
            take.Parameters.Add(new NpgsqlParameter { Value = lockName });
            await take.ExecuteNonQueryAsync();
        }

        await using var other = host.Factory.OpenOwnerConnection();
        // A bound on the wait, not a timing assertion: the statement either waits for the lock or it does not.
        await using (var bound = new NpgsqlCommand("SET lock_timeout = '2s'", other))
        {
            await bound.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, other);
        foreach (var value in await parameters(other))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task AuditChain_WaitsForTheLockNamedForItsJurisdiction()
    {
        Guid tenant;
        await using (var connection = host.Factory.OpenOwnerConnection())
        await using (var read = new NpgsqlCommand("SELECT id FROM tenants WHERE slug = 'rongcheng'", connection))
        {
            tenant = (Guid)(await read.ExecuteScalarAsync())!;
        }

        var refused = await BlockedWhileHeldAsync("audit-chain:" + tenant,
            "INSERT INTO audit_log (tenant_id, at, actor, action) VALUES ($1, now(), 'system:test', 'LockProbe')",
            _ => Task.FromResult<object?[]>([tenant]));

        refused.SqlState.ShouldBe(PostgresErrorCodes.LockNotAvailable);
    }

    [Fact]
    public async Task ListChangeSequencer_WaitsForTheLockNamedForIt()
    {
        var refused = await BlockedWhileHeldAsync("list-change-sequence", "SELECT list_changes_sequence()", _ => Task.FromResult<object?[]>([]));

        refused.SqlState.ShouldBe(PostgresErrorCodes.LockNotAvailable);
    }

    [Fact]
    public async Task PlatformLockKey_IsTheApplicationsKey()
    {
        await using var connection = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand(
            "SELECT platform_lock_key('migrations') = hashtextextended('creditplatform:migrations', 0)", connection);
        ((bool)(await command.ExecuteScalarAsync())!).ShouldBeTrue();
    }
}
