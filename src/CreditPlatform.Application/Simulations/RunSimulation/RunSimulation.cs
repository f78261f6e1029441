using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Simulations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Simulations.RunSimulation;

/// <summary>
/// Replays a past period of the tenant's events with a drafted change (a rule's points, unit or caps, or the band
/// thresholds) and reports who would change band. Writes nothing.
/// </summary>
/// <param name="Rule">The changed rule; null when only the bands change.</param>
/// <param name="Bands">New band thresholds, best first; null to keep the scheme's.</param>
/// <param name="BucketSize">Width of the histogram's buckets in points.</param>
public sealed record RunSimulation(
    DateTimeOffset? From,
    DateTimeOffset? To,
    RuleChange? Rule,
    IReadOnlyList<SimulatedBand>? Bands,
    int? BucketSize) : IRequest<SimulationReport>;

/// <summary>A change to the current version of rule <paramref name="Code"/>; every field left null keeps the current value.</summary>
/// <param name="Version">Start from this version of the rule instead (a draft waiting for approval, say); null: the latest approved one.</param>
public sealed record RuleChange(string? Code, int? Points, decimal? UnitSize, IReadOnlyList<SimulatedCap>? Caps, int? ExpiryMonths, int? Version = null);

public sealed record SimulatedCap(int PeriodDays, int? MaxPoints, int? MaxOccurrences);

public sealed record SimulatedBand(string? Code, int? MinScore);

public sealed record SimulationReport(DateTimeOffset From, DateTimeOffset To, int BucketSize, SimulationResult Result, TimeSpan Elapsed);

public sealed class RunSimulationHandler(IAppDbContext db, ITenantContext tenant, ISimulationEvents events, TimeProvider clock) : IRequestHandler<RunSimulation, SimulationReport>
{
    public const int DefaultBucketSize = 50;

    public async ValueTask<SimulationReport> Handle(RunSimulation request, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var from = request.From!.Value.ToUniversalTime();
        var to = request.To!.Value.ToUniversalTime();
        var scheme = (await db.RequireSchemeAtAsync(to, cancellationToken)).Definition;
        var versions = await db.Set<RuleVersion>().AsNoTracking().ToListAsync(cancellationToken);
        var recorded = versions.ToDictionary(v => (v.Code, v.Version), v => v.ToDefinition());
        var changed = request.Rule is { } change ? Changed(versions, change) : null;
        var after = request.Bands is { Count: > 0 } bands
            ? scheme with { Bands = [.. bands.Select(b => new Band(b.Code!.Trim(), b.MinScore))] }
            : scheme;
        var bucket = request.BucketSize ?? DefaultBucketSize;

        var replay = new SimulationReplay(recorded, changed, scheme, after, to, bucket);
        await foreach (var subjectEvents in events.BySubjectAsync(tenant.TenantId ?? throw new InvalidOperationException("No tenant resolved."), from, to, cancellationToken))
        {
            replay.AddSubject(subjectEvents);
        }

        return new SimulationReport(from, to, bucket, replay.Result(), clock.GetElapsedTime(started));
    }

    private static RuleDefinition Changed(List<RuleVersion> versions, RuleChange change)
    {
        var current = (change.Version is { } version
                ? versions.Find(v => v.Code == change.Code && v.Version == version)
                : versions.Where(v => v.Code == change.Code && v.IsApproved).MaxBy(v => v.Version))
            ?? throw new NotFoundException(change.Version is null ? "No approved rule with this code." : "No such version of this rule.");
        var rule = current.ToDefinition();
        return rule with
        {
            Version = int.MaxValue,
            Delta = rule.Delta with
            {
                Points = change.Points ?? rule.Delta.Points,
                UnitSize = change.UnitSize ?? rule.Delta.UnitSize,
            },
            Caps = change.Caps is { } caps ? [.. caps.Select(c => new Cap(c.PeriodDays, c.MaxPoints, c.MaxOccurrences))] : rule.Caps,
            ExpiryMonths = change.ExpiryMonths ?? rule.ExpiryMonths,
        };
    }
}
