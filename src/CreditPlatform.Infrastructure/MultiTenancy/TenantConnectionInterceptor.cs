using System.Data.Common;
using CreditPlatform.Application.Common.Abstractions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CreditPlatform.Infrastructure.MultiTenancy;

/// <summary>
/// Tells PostgreSQL which tenant this connection lease serves, so row-level security filters again
/// underneath the EF query filter. The pool's reset on return (DISCARD ALL) clears the setting,
/// so a pooled connection never carries one request's tenant into another.
/// </summary>
public sealed class TenantConnectionInterceptor(ITenantContext tenant) : DbConnectionInterceptor
{
    public const string SettingName = "app.tenant_id";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private NpgsqlCommand CreateCommand(DbConnection connection)
    {
        var command = new NpgsqlCommand($"SELECT set_config('{SettingName}', $1, false)", (NpgsqlConnection)connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tenant.TenantId?.ToString() ?? "" });
        return command;
    }
}
