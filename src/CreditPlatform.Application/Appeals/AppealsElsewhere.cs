using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals;

/// <summary>
/// Appeals kept by another jurisdiction that bear on this one: those a missed deadline handed to this jurisdiction's
/// officials, and those this jurisdiction's residents filed from home against national entries. Read through the
/// SECURITY DEFINER functions of migration 0051, which answer only for the connection's own jurisdiction.
/// </summary>
public static class AppealsElsewhere
{
    private const string Columns = """
        id AS "Id", tenant_id AS "TenantId", authority AS "Authority", target AS "Target", list_entry_id AS "ListEntryId",
        reason AS "Reason", status AS "Status", filed_at AS "FiledAt", decision_due AS "DecisionDue",
        escalated_at AS "EscalatedAt", decided_at AS "DecidedAt", decision_reasons AS "DecisionReasons",
        home_subject_id AS "HomeSubjectId"
        """;

    public static async Task<IReadOnlyList<AppealKeptElsewhere>> EscalatedHereAsync(IAppDbContext db, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<AppealKeptElsewhere>($"SELECT {Columns} FROM appeals_escalated_here()").ToListAsync(ct);

    /// <summary>The jurisdiction that keeps an appeal handed to this one, or null when none was.</summary>
    public static async Task<Guid?> OwnerOfEscalatedAsync(IAppDbContext db, Guid appealId, CancellationToken ct) =>
        (await EscalatedHereAsync(db, ct)).FirstOrDefault(a => a.Id == appealId)?.TenantId;

    public static async Task<IReadOnlyList<AppealKeptElsewhere>> FiledFromHomeAsync(IAppDbContext db, Guid? homeSubjectId, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<AppealKeptElsewhere>($"SELECT {Columns} FROM appeals_filed_from_home(CAST({{0}} AS uuid))",
            (object?)homeSubjectId ?? DBNull.Value).ToListAsync(ct);
}

/// <summary>An appeal as the other jurisdiction keeps it.</summary>
public sealed class AppealKeptElsewhere
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string Authority { get; set; } = "";
    public string Target { get; set; } = "";
    public Guid? ListEntryId { get; set; }
    public string Reason { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTimeOffset FiledAt { get; set; }
    public DateTimeOffset DecisionDue { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionReasons { get; set; }
    public Guid? HomeSubjectId { get; set; }

    public AppealDto ToDto() => new(
        Id, ApiNames.Of(Enum.Parse<AppealTarget>(Target)), null, ListEntryId, Reason, ApiNames.Of(Enum.Parse<AppealStatus>(Status)), FiledAt, DecisionDue,
        EscalatedAt, DecidedAt, DecisionReasons, null, null)
    { KeptBy = Authority };
}
