using CreditPlatform.Application.Audit;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CreditPlatform.Infrastructure.Audit;

/// <summary>Verifies through the request's own connection: row-level security keeps it to that tenant.</summary>
public sealed class AuditChainVerifier(AppDbContext db) : IAuditChainVerifier
{
    public async Task<AuditChainVerification> VerifyAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // A read in a transaction of its own when the caller has none: on Citus the tenant reaches the shards only that way.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var verification = await AuditChainSql.VerifyAsync((NpgsqlConnection)db.Database.GetDbConnection(), tenantId, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return verification;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
