using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.Infrastructure.MultiTenancy;
using Npgsql;

namespace CreditPlatform.IntegrationTests.MultiTenancy;

/// <summary>The second wall: PostgreSQL itself refuses other tenants' rows to the application role (on Citus: on the shards).</summary>
[Trait("Category", "Citus")]
public sealed class RowLevelSecurityTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<Guid> TenantIdAsync(string slug)
    {
        await using var owner = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT id FROM tenants WHERE slug = $1", owner) { Parameters = { new() { Value = slug } } };
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private async Task EnrolAsync(string tenant)
    {
        using var client = host.Factory.ApiClient();
        (await client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/subjects", new { kind = "person", identifier = TestIdentifiers.Person(), name = "RLS" }))
            .EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Makes the connection <paramref name="tenant"/>'s as the application does: a session setting on one server; on
    /// Citus, where only SET LOCAL reaches the workers, a transaction that begins with it (returned, to be disposed).
    /// </summary>
    private async Task<NpgsqlTransaction?> AsTenantAsync(NpgsqlConnection app, Guid tenant)
    {
        if (!host.Factory.OnCitus)
        {
            await CountAsync(app, "SELECT count(*) FROM (SELECT set_config('app.tenant_id', $1, false)) s", tenant.ToString());
            return null;
        }

        var transaction = await app.BeginTransactionAsync();
        await CitusTenantInterceptor.SetLocalTenantAsync(app, transaction, tenant, CancellationToken.None);
        return transaction;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql, params object[] args)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var a in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = a });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Select_WhenAppRoleSetToTenantA_SeesNoTenantBRows()
    {
        await EnrolAsync("rongcheng");
        await EnrolAsync("spc");
        var rongcheng = await TenantIdAsync("rongcheng");
        var spc = await TenantIdAsync("spc");
        await using var app = host.Factory.OpenAppRoleConnection();
        await using var transaction = await AsTenantAsync(app, rongcheng);

        var own = await CountAsync(app, "SELECT count(*) FROM subjects WHERE tenant_id = $1", rongcheng);
        var foreign = await CountAsync(app, "SELECT count(*) FROM subjects WHERE tenant_id = $1", spc);
        var all = await CountAsync(app, "SELECT count(*) FROM subjects WHERE tenant_id <> $1", rongcheng);

        own.ShouldBeGreaterThan(0);
        foreign.ShouldBe(0);
        all.ShouldBe(0);
        await using var owner = host.Factory.OpenOwnerConnection();
        (await CountAsync(owner, "SELECT count(*) FROM subjects WHERE tenant_id = $1", spc)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Select_WhenAppRoleHasNoTenantSet_SeesNothing()
    {
        await EnrolAsync("rongcheng");
        await using var app = host.Factory.OpenAppRoleConnection();

        (await CountAsync(app, "SELECT count(*) FROM subjects")).ShouldBe(0);
    }

    [Fact]
    public async Task Insert_WhenRowNamesAnotherTenant_IsRefused()
    {
        var rongcheng = await TenantIdAsync("rongcheng");
        var spc = await TenantIdAsync("spc");
        await using var app = host.Factory.OpenAppRoleConnection();
        await using var transaction = await AsTenantAsync(app, rongcheng);

        var error = await Should.ThrowAsync<PostgresException>(() => CountAsync(app, """
            WITH i AS (INSERT INTO subjects (tenant_id, id, kind, identifier_hash, identifier_cipher, masked_identifier, name, created_at)
                       VALUES ($1, gen_random_uuid(), 'Person', '\x01', '\x01', '****', 'x', now()) RETURNING 1)
            SELECT count(*) FROM i
            """, spc));

        error.SqlState.ShouldBe("42501"); // insufficient_privilege: new row violates row-level security policy
    }

    [Fact]
    public async Task AuditLog_WhenAppRoleUpdatesOrDeletes_IsRefused()
    {
        await using var app = host.Factory.OpenAppRoleConnection();

        (await Should.ThrowAsync<PostgresException>(() => CountAsync(app, "WITH d AS (DELETE FROM audit_log RETURNING 1) SELECT count(*) FROM d")))
            .SqlState.ShouldBe("42501");
        (await Should.ThrowAsync<PostgresException>(() => CountAsync(app, "WITH u AS (UPDATE audit_log SET actor = 'x' RETURNING 1) SELECT count(*) FROM u")))
            .SqlState.ShouldBe("42501");
    }

    [Fact]
    public async Task AppRole_IsNeitherSuperuserNorBypassingRls()
    {
        await using var app = host.Factory.OpenAppRoleConnection();

        (await CountAsync(app, "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)")).ShouldBe(0);
    }
}
