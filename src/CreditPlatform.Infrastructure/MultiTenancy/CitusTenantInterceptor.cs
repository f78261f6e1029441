using System.Data.Common;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CreditPlatform.Infrastructure.MultiTenancy;

/// <summary>
/// On Citus, the tenant reaches the workers' row-level security only as a <c>SET LOCAL</c> inside a transaction
/// (Citus forwards nothing else to the shards' connections): every transaction EF Core begins starts with
/// <see cref="Statement"/>, and a command EF Core runs outside one gets a transaction of its own, begun with the
/// same statement and committed when the command (or its reader) is done. On a single server it does nothing:
/// the session setting of <see cref="TenantConnectionInterceptor"/> serves there.
/// </summary>
public sealed class CitusTenantInterceptor(ITenantContext tenant, DatabaseEngine engine) : DbCommandInterceptor, IDbTransactionInterceptor
{
    private NpgsqlTransaction? _implicit;
    private DbCommand? _implicitCommand;

    /// <summary>
    /// The statement that makes <paramref name="tenantId"/> the transaction's tenant on every node it touches. It also
    /// keeps the transaction on one connection per node: Citus refuses to modify a reference table (a webhook
    /// subscription, say) after a read of the distributed tables that reference it went over several connections in
    /// the same transaction (creating a webhook reads the list catalogue of every jurisdiction first). A request's
    /// statements name one tenant and reach one shard, where the mode changes nothing.
    /// </summary>
    public static string Statement(Guid? tenantId) =>
        "SET LOCAL citus.propagate_set_commands TO 'local'; SET LOCAL citus.multi_shard_modify_mode TO 'sequential'; " +
        $"SET LOCAL {TenantConnectionInterceptor.SettingName} TO '{tenantId?.ToString() ?? ""}'";

    /// <summary>Begins <paramref name="transaction"/>'s scope as <paramref name="tenantId"/>'s (raw Npgsql paths call it too).</summary>
    public static async Task SetLocalTenantAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid? tenantId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(Statement(tenantId), connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void SetLocalTenant(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid? tenantId)
    {
        using var command = new NpgsqlCommand(Statement(tenantId), connection, transaction);
        command.ExecuteNonQuery();
    }

    DbTransaction IDbTransactionInterceptor.TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        if (engine.IsCitus(connection))
        {
            SetLocalTenant((NpgsqlConnection)connection, (NpgsqlTransaction)result, tenant.TenantId);
        }

        return result;
    }

    async ValueTask<DbTransaction> IDbTransactionInterceptor.TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken)
    {
        if (await engine.IsCitusAsync(connection, cancellationToken))
        {
            await SetLocalTenantAsync((NpgsqlConnection)connection, (NpgsqlTransaction)result, tenant.TenantId, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        BeginImplicit(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await BeginImplicitAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        BeginImplicit(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BeginImplicitAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        BeginImplicit(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await BeginImplicitAsync(command, cancellationToken);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        EndImplicit(command, commit: true);
        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EndImplicitAsync(command, commit: true, cancellationToken);
        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        EndImplicit(command, commit: true);
        return result;
    }

    public override async ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        await EndImplicitAsync(command, commit: true, cancellationToken);
        return result;
    }

    // EF Core closes a reader before it disposes it: the connection is free again for the commit.
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (ReferenceEquals(command, _implicitCommand) && !eventData.DataReader.IsClosed)
        {
            eventData.DataReader.Close();
        }

        EndImplicit(command, commit: true);
        return result;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => EndImplicit(command, commit: false);

    public override async Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await EndImplicitAsync(command, commit: false, cancellationToken);

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => EndImplicit(command, commit: false);

    public override async Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default) =>
        await EndImplicitAsync(command, commit: false, cancellationToken);

    private bool NeedsImplicit(DbCommand command) =>
        command.Transaction is null && _implicit is null && command.Connection is NpgsqlConnection connection && engine.IsCitus(connection);

    private void BeginImplicit(DbCommand command)
    {
        if (!NeedsImplicit(command))
        {
            return;
        }

        var connection = (NpgsqlConnection)command.Connection!;
        var transaction = connection.BeginTransaction();
        SetLocalTenant(connection, transaction, tenant.TenantId);
        command.Transaction = transaction;
        (_implicit, _implicitCommand) = (transaction, command);
    }

    private async Task BeginImplicitAsync(DbCommand command, CancellationToken ct)
    {
        if (command.Transaction is not null || _implicit is not null || command.Connection is not NpgsqlConnection connection
            || !await engine.IsCitusAsync(connection, ct))
        {
            return;
        }

        var transaction = await connection.BeginTransactionAsync(ct);
        await SetLocalTenantAsync(connection, transaction, tenant.TenantId, ct);
        command.Transaction = transaction;
        (_implicit, _implicitCommand) = (transaction, command);
    }

    private void EndImplicit(DbCommand command, bool commit)
    {
        if (_implicit is not { } transaction || !ReferenceEquals(command, _implicitCommand))
        {
            return;
        }

        (_implicit, _implicitCommand) = (null, null);
        command.Transaction = null;
        try
        {
            if (commit)
            {
                transaction.Commit();
            }
        }
        finally
        {
            transaction.Dispose();
        }
    }

    private async Task EndImplicitAsync(DbCommand command, bool commit, CancellationToken ct)
    {
        if (_implicit is not { } transaction || !ReferenceEquals(command, _implicitCommand))
        {
            return;
        }

        (_implicit, _implicitCommand) = (null, null);
        command.Transaction = null;
        try
        {
            if (commit)
            {
                await transaction.CommitAsync(ct);
            }
        }
        finally
        {
            await transaction.DisposeAsync();
        }
    }
}
