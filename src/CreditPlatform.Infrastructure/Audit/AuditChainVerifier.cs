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
            return await AuditChainSql.VerifyAsync((NpgsqlConnection)db.Database.GetDbConnection(), tenantId, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
