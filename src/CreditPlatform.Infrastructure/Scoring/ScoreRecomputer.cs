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
            return await ScoreRecomputeSql.RunAsync((NpgsqlConnection)db.Database.GetDbConnection(), tenantId, scheme, clock.GetUtcNow(), null, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
