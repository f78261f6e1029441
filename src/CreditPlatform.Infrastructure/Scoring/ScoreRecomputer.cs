using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CreditPlatform.Infrastructure.Scoring;

/// <summary>Recomputes the current jurisdiction's scores on the context's connection, so row-level security still applies.</summary>
internal sealed class ScoreRecomputer(AppDbContext db, ITenantContext tenant, TimeProvider clock) : IScoreRecomputer
{
    public async Task<int> RecomputeAsync(CancellationToken ct)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Scores are recomputed inside a jurisdiction.");
        var scheme = await db.RequireCurrentSchemeAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // In a transaction of its own when the caller has none: on Citus the tenant reaches the shards only that way.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            var recomputed = await ScoreRecomputeSql.RunAsync((NpgsqlConnection)db.Database.GetDbConnection(), tenantId, scheme, clock.GetUtcNow(), null, ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }

            return recomputed;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
