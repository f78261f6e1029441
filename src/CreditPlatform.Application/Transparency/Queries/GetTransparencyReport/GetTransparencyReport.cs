using System.Data.Common;
using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Transparency.Queries.GetTransparencyReport;

/// <summary>
/// What a jurisdiction did in a period, in counts only (design §3): events by rule, category and recording
/// department, listings and removals, appeals filed and upheld and the median days to a decision.
/// </summary>
public sealed record GetTransparencyReport(string? Kind, int Year, int Number) : IRequest<TransparencyReportDto>;

public sealed record ReportRow(string Key, string Detail, int Count);

public sealed record AppealFigures(int Filed, int Decided, int Upheld, double? MedianDaysToDecision);

/// <param name="Appeals">Null when the platform keeps no appeals yet.</param>
public sealed record TransparencyReportDto(
    ReportPeriod Period,
    IReadOnlyList<ReportRow> EventsByRule,
    IReadOnlyList<ReportRow> EventsByCategory,
    IReadOnlyList<ReportRow> EventsByDepartment,
    IReadOnlyList<ReportRow> ListingsByReason,
    IReadOnlyList<ReportRow> RemovalsByReason,
    AppealFigures? Appeals);

public sealed class GetTransparencyReportValidator : AbstractValidator<GetTransparencyReport>
{
    public GetTransparencyReportValidator()
    {
        RuleFor(x => x).Must(x => ReportPeriod.IsValid(x.Kind, x.Year, x.Number))
            .OverridePropertyName("period").WithMessage("Choose a month (1–12), a quarter (1–4) or a year between 2000 and 2100.");
    }
}

public sealed class GetTransparencyReportHandler(IAppDbContext db, ITenantContext tenant) : IRequestHandler<GetTransparencyReport, TransparencyReportDto>
{
    private const string UndefinedTable = "42P01";
    private const string UndefinedColumn = "42703";
    private static readonly string[] FiledColumns = ["filed_at", "submitted_at", "created_at"];
    private static readonly string[] DecidedColumns = ["decided_at"];
    private static readonly string[] OutcomeColumns = ["outcome", "status"];

    public async ValueTask<TransparencyReportDto> Handle(GetTransparencyReport request, CancellationToken cancellationToken)
    {
        var t = tenant.TenantId!.Value;
        var period = new ReportPeriod(request.Kind!, request.Year, request.Number);
        var (from, to) = (period.From, period.To);

        var byRule = await Rows($"""
            SELECT e.rule_code AS "Key", coalesce(max(r.title_zh) || ' / ' || max(r.title_en), '') AS "Detail", count(*)::int AS "Count"
            FROM credit_events e
            LEFT JOIN scoring_rules r ON r.tenant_id = e.tenant_id AND r.code = e.rule_code AND r.version = e.rule_version
            WHERE e.tenant_id = {t} AND e.occurred_at >= {from} AND e.occurred_at < {to}
            GROUP BY e.rule_code ORDER BY 3 DESC, 1
            """, cancellationToken);
        var byCategory = await Rows($"""
            SELECT coalesce(r.category, '') AS "Key", '' AS "Detail", count(*)::int AS "Count"
            FROM credit_events e
            LEFT JOIN scoring_rules r ON r.tenant_id = e.tenant_id AND r.code = e.rule_code AND r.version = e.rule_version
            WHERE e.tenant_id = {t} AND e.occurred_at >= {from} AND e.occurred_at < {to}
            GROUP BY 1 ORDER BY 3 DESC, 1
            """, cancellationToken);
        var byDepartment = await Rows($"""
            SELECT coalesce(e.department, '') AS "Key", '' AS "Detail", count(*)::int AS "Count"
            FROM credit_events e
            WHERE e.tenant_id = {t} AND e.occurred_at >= {from} AND e.occurred_at < {to}
            GROUP BY 1 ORDER BY 3 DESC, 1
            """, cancellationToken);
        var listings = await Rows($"""
            SELECT l.code AS "Key", e.reason AS "Detail", count(*)::int AS "Count"
            FROM list_entries e JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
            WHERE e.tenant_id = {t} AND e.linked_to_entry_id IS NULL AND e.listed_at >= {from} AND e.listed_at < {to}
            GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2
            """, cancellationToken);
        var removals = await Rows($"""
            SELECT l.code AS "Key", coalesce(e.removal_reason, '') AS "Detail", count(*)::int AS "Count"
            FROM list_entries e JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
            WHERE e.tenant_id = {t} AND e.linked_to_entry_id IS NULL AND e.removed_at >= {from} AND e.removed_at < {to}
            GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2
            """, cancellationToken);

        return new TransparencyReportDto(period, byRule, byCategory, byDepartment, listings, removals,
            await AppealsAsync(t, from, to, cancellationToken));
    }

    private Task<List<ReportRow>> Rows(FormattableString sql, CancellationToken ct) =>
        db.Database.SqlQuery<ReportRow>(sql).ToListAsync(ct);

    /// <summary>
    /// Appeals are counted only where the platform keeps them: the table's columns are looked up first, so the
    /// report works before appeals exist and whichever names their dates carry.
    /// </summary>
    private async Task<AppealFigures?> AppealsAsync(Guid t, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var columns = await db.Database.SqlQuery<string>(
            $"SELECT column_name::text AS \"Value\" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'appeals'")
            .ToListAsync(ct);
        var filed = FiledColumns.FirstOrDefault(columns.Contains);
        var decided = DecidedColumns.FirstOrDefault(columns.Contains);
        var outcome = OutcomeColumns.FirstOrDefault(columns.Contains);
        if (filed is null || decided is null || outcome is null || !columns.Contains("tenant_id"))
        {
            return null;
        }

        // Column names come from the fixed candidates above, never from input.
#pragma warning disable EF1002
        var sql = $$"""
            SELECT
              (count(*) FILTER (WHERE {{filed}} >= {1} AND {{filed}} < {2}))::int AS "Filed",
              (count(*) FILTER (WHERE {{decided}} >= {1} AND {{decided}} < {2}))::int AS "Decided",
              (count(*) FILTER (WHERE {{decided}} >= {1} AND {{decided}} < {2} AND lower({{outcome}}::text) = 'upheld'))::int AS "Upheld",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM {{decided}} - {{filed}})::float8 / 86400.0)
                FILTER (WHERE {{decided}} >= {1} AND {{decided}} < {2}) AS "MedianDaysToDecision"
            FROM appeals WHERE tenant_id = {0}
            """;
        try
        {
            return (await db.Database.SqlQueryRaw<AppealFigures>(sql, t, from, to).ToListAsync(ct)).Single();
        }
        catch (DbException e) when (e.SqlState is UndefinedTable or UndefinedColumn)
        {
            return null;
        }
#pragma warning restore EF1002
    }
}
