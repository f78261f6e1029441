using CreditPlatform.Application.Common.Abstractions;
using FluentValidation;
using Mediator;

namespace CreditPlatform.Application.Transparency.GetTransparencyReport;

/// <summary>
/// What a jurisdiction did in a period, in counts only (design §3): events by rule, category and recording
/// department, listings and removals, appeals filed and upheld and the median days to a decision.
/// </summary>
public sealed record GetTransparencyReport(string? Kind, int Year, int Number) : IRequest<TransparencyReportDto>;

public sealed record ReportRow(string Key, string Detail, int Count);

public sealed record AppealFigures(int Filed, int Decided, int Upheld, double? MedianDaysToDecision);

public sealed record TransparencyReportDto(
    ReportPeriod Period,
    IReadOnlyList<ReportRow> EventsByRule,
    IReadOnlyList<ReportRow> EventsByCategory,
    IReadOnlyList<ReportRow> EventsByDepartment,
    IReadOnlyList<ReportRow> ListingsByReason,
    IReadOnlyList<ReportRow> RemovalsByReason,
    AppealFigures? Appeals);

public sealed class GetTransparencyReportHandler(ITransparencyFigures figures, ITenantContext tenant)
    : IRequestHandler<GetTransparencyReport, TransparencyReportDto>
{
    public async ValueTask<TransparencyReportDto> Handle(GetTransparencyReport request, CancellationToken cancellationToken)
    {
        var t = tenant.TenantId!.Value;
        var period = new ReportPeriod(request.Kind!, request.Year, request.Number);
        var (from, to) = (period.From, period.To);
        return new TransparencyReportDto(
            period,
            await figures.EventsByRuleAsync(t, from, to, cancellationToken),
            await figures.EventsByCategoryAsync(t, from, to, cancellationToken),
            await figures.EventsByDepartmentAsync(t, from, to, cancellationToken),
            await figures.ListingsAsync(t, from, to, cancellationToken),
            await figures.RemovalsAsync(t, from, to, cancellationToken),
            await figures.AppealsAsync(t, from, to, cancellationToken));
    }
}
