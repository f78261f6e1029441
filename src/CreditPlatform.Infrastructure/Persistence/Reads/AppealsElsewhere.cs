using CreditPlatform.Application.Appeals;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Persistence.Reads;

/// <summary>Appeals kept by another jurisdiction that bear on this one, through the functions of migration 0051.</summary>
public sealed class AppealsElsewhere(AppDbContext db) : IAppealsElsewhere
{
    private const string Columns = """
        id AS "Id", tenant_id AS "TenantId", authority AS "Authority", target AS "Target", list_entry_id AS "ListEntryId",
        reason AS "Reason", status AS "Status", filed_at AS "FiledAt", decision_due AS "DecisionDue",
        escalated_at AS "EscalatedAt", decided_at AS "DecidedAt", decision_reasons AS "DecisionReasons",
        home_subject_id AS "HomeSubjectId"
        """;

    public async Task<IReadOnlyList<AppealKeptElsewhere>> EscalatedHereAsync(CancellationToken ct) =>
        await db.Database.SqlQueryRaw<AppealKeptElsewhere>($"SELECT {Columns} FROM appeals_escalated_here()").ToListAsync(ct);

    public async Task<IReadOnlyList<AppealKeptElsewhere>> FiledFromHomeAsync(Guid? homeSubjectId, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<AppealKeptElsewhere>($"SELECT {Columns} FROM appeals_filed_from_home(CAST({{0}} AS uuid))",
            (object?)homeSubjectId ?? DBNull.Value).ToListAsync(ct);
}
