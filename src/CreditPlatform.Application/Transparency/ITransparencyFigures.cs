using CreditPlatform.Application.Transparency.GetTransparencyReport;

namespace CreditPlatform.Application.Transparency;

/// <summary>The counts of a jurisdiction's transparency report for the period [from, to).</summary>
public interface ITransparencyFigures
{
    Task<List<ReportRow>> EventsByRuleAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    Task<List<ReportRow>> EventsByCategoryAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    Task<List<ReportRow>> EventsByDepartmentAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>Listings by list and reason (linked entries of legal representatives not counted).</summary>
    Task<List<ReportRow>> ListingsAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>Removals by list and reason (linked entries not counted).</summary>
    Task<List<ReportRow>> RemovalsAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    Task<AppealFigures> AppealsAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);
}
