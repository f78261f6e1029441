using System.Diagnostics.Metrics;

namespace CreditPlatform.Application.Common.Observability;

/// <summary>
/// The platform's business metrics (meter <c>CreditPlatform</c>), exported with the runtime's and ASP.NET Core's
/// by OpenTelemetry: scraped at <c>/metrics</c>, pushed by OTLP when configured. Counters count here; the gauges that
/// need the database (appeals overdue, outbox backlog) are sampled by Infrastructure, the index's staleness is read
/// from the index itself. Tags name answers and sources, never a person.
/// </summary>
public static class PlatformMetrics
{
    public const string MeterName = "CreditPlatform";

    public static readonly Meter Meter = new(MeterName);

    /// <summary>Identifiers checked, tagged <c>answer</c>: restricted or clear.</summary>
    public static readonly Counter<long> Checks = Meter.CreateCounter<long>(
        "creditplatform.checks", "{identifier}", "Identifiers checked against the lists, by answer.");

    /// <summary>Events recorded (each batch item counts once), tagged <c>source</c>.</summary>
    public static readonly Counter<long> EventsAccepted = Meter.CreateCounter<long>(
        "creditplatform.events.accepted", "{event}", "Events that took effect.");

    /// <summary>Events refused (invalid, unknown subject or rule, blocked by a guardrail), tagged <c>source</c>.</summary>
    public static readonly Counter<long> EventsRefused = Meter.CreateCounter<long>(
        "creditplatform.events.refused", "{event}", "Events refused with their errors.");

    /// <summary>Counts a recording's accepted and refused events (duplicates are neither), by source.</summary>
    public static void CountEvents(IEnumerable<Scoring.Events.EventOutcome> outcomes, Domain.Scoring.EventSource source)
    {
        var (accepted, refused) = (0, 0);
        foreach (var outcome in outcomes)
        {
            if (outcome.Kind == Scoring.Events.EventOutcomeKind.Accepted)
            {
                accepted++;
            }
            else if (outcome.Kind != Scoring.Events.EventOutcomeKind.Duplicate)
            {
                refused++;
            }
        }

        var tag = new KeyValuePair<string, object?>("source", source.ToString());
        if (accepted > 0)
        {
            EventsAccepted.Add(accepted, tag);
        }

        if (refused > 0)
        {
            EventsRefused.Add(refused, tag);
        }
    }

    public static void CountCheck(bool restricted) =>
        Checks.Add(1, new KeyValuePair<string, object?>("answer", restricted ? "restricted" : "clear"));
}
