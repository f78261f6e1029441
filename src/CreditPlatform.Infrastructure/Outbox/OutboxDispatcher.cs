using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Outbox;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CreditPlatform.Infrastructure.Outbox;

/// <summary>
/// Delivers due outbox messages. Rows are claimed FOR UPDATE SKIP LOCKED inside a transaction that
/// lasts the delivery, so several instances share the work without sending a message twice at
/// once, and a crash mid-delivery just releases the row for a later attempt: at least once, never lost.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private OutboxOptions Options => options.Value;

    /// <summary>Delivers what is due now; returns how many messages were attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var attempted = 0;
        foreach (var (tenantId, slug) in await DueTenantsAsync(cancellationToken))
        {
            int batch;
            do
            {
                batch = await DeliverBatchAsync(tenantId, slug, cancellationToken);
                attempted += batch;
            }
            while (batch == Options.BatchSize);
        }

        return attempted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            return;
        }

        // Polling is a matter of real time (how soon a message goes out), not of the business clock tests move.
        using var timer = new PeriodicTimer(Options.PollInterval);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning("An outbox pass failed ({ExceptionType} {SqlState}); the next tick tries again",
                        e.GetType().Name, (e as Npgsql.PostgresException)?.SqlState);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<int> DeliverBatchAsync(Guid tenantId, string slug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId, slug);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var transports = scope.ServiceProvider.GetServices<IOutboxTransport>().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        // The tenant named in the query (row-level security would filter alone): on Citus it routes the locking
        // read to the one shard that holds the tenant, where FOR UPDATE SKIP LOCKED works as on one server.
        var messages = await db.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE tenant_id = {tenantId} AND delivered_at IS NULL AND next_attempt_at <= {now} AND attempts < {Options.MaxAttempts}
                ORDER BY next_attempt_at LIMIT {Options.BatchSize} FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(ct);

        var handled = messages.ToLookup(m => transports.FirstOrDefault(t => t.Handles(m.Destination)));
        foreach (var group in handled.Where(g => g.Key is not null))
        {
            await group.Key!.PrepareAsync(group.ToList(), ct);
        }

        foreach (var message in messages)
        {
            await DeliverAsync(message, transports, ct);
        }

        foreach (var group in handled.Where(g => g.Key is not null))
        {
            await group.Key!.CompleteAsync(ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return messages.Count;
    }

    private async Task DeliverAsync(OutboxMessage message, List<IOutboxTransport> transports, CancellationToken ct)
    {
        var transport = transports.FirstOrDefault(t => t.Handles(message.Destination));
        try
        {
            if (transport is null)
            {
                throw new UndeliverableException("No transport handles this destination.");
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Options.DeliveryTimeout);
            await transport.SendAsync(message, timeout.Token);
            message.Delivered(clock.GetUtcNow());
        }
        catch (UndeliverableException e)
        {
            message.Failed(clock.GetUtcNow(), e.Message, Options.RetryBaseDelay, Options.RetryMaxDelay);
            message.Attempts = Math.Max(message.Attempts, Options.MaxAttempts);
            logger.LogWarning("Outbox message {MessageId} ({Topic}) is undeliverable: {Reason}", message.Id, message.Topic, e.Message);
        }
        catch (Exception e) when (e is HttpRequestException or DeliveryFailedException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            message.Failed(clock.GetUtcNow(), e.Message, Options.RetryBaseDelay, Options.RetryMaxDelay);
            logger.LogInformation("Outbox message {MessageId} ({Topic}) attempt {Attempt} failed; next at {NextAttemptAt}",
                message.Id, message.Topic, message.Attempts, message.NextAttemptAt);
        }
    }

    private async Task<List<(Guid TenantId, string Slug)>> DueTenantsAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT tenant_id, slug FROM outbox_due_tenants($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = Options.MaxAttempts });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var tenants = new List<(Guid, string)>();
        while (await reader.ReadAsync(ct))
        {
            tenants.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return tenants;
    }
}
