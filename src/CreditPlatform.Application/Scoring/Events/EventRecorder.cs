using System.Globalization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Observability;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Events;

/// <summary>
/// Turns events into ledger entries and scores, one request at a time, whatever its size: rules are loaded once,
/// subjects are resolved and locked in bulk with their running state, caps read only the entries of capped rules
/// around the events' dates, every event is scored in memory by the Domain engine under the rule version in force
/// when it happened, and everything is appended in one go. No step reads a subject's whole ledger. A refused event never stops the others.
/// Runs inside the caller's transaction.
/// </summary>
public sealed class EventRecorder(
    IAppDbContext db, ITenantContext tenant, IIdentifierProtector protector, ILedgerWriter writer, TimeProvider clock)
{
    public const int MaxBatchSize = 10_000;

    public async Task<RecordingResult> RecordAsync(IReadOnlyList<EventInput> items, Recorder recorder, bool keyRequired, CancellationToken ct)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Events are recorded inside a jurisdiction.");
        await global::CreditPlatform.Application.Tenants.Jurisdictions.EnsureOpenAsync(db, tenantId, ct);
        var now = Instants.Stored(clock.GetUtcNow());
        var scheme = await db.RequireCurrentSchemeAsync(ct);
        var rules = await RuleCatalogue.LoadAsync(db, ct);

        var outcomes = new EventOutcome?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var problems = EventInputCheck.Problems(items[i], keyRequired, now).Select(p => p.Error).ToList();
            if (problems.Count > 0)
            {
                outcomes[i] = EventOutcome.Rejected(i, problems);
            }
        }

        var subjects = await SubjectResolver.ResolveAsync(db, protector, items, outcomes, ct);
        for (var i = 0; i < items.Count; i++)
        {
            if (outcomes[i] is null && subjects[i] is null)
            {
                outcomes[i] = EventOutcome.Rejected(i, new ScoringError(EventErrorCodes.SubjectNotEnrolled,
                    "No such subject is enrolled in this jurisdiction; enrol it first."));
            }
        }

        var fingerprints = new byte[]?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            fingerprints[i] = outcomes[i] is null && !string.IsNullOrWhiteSpace(items[i].IdempotencyKey)
                ? EventFingerprint.Of(subjects[i]!.Value.Id, items[i], recorder.Source)
                : null;
        }

        var firstWithKey = MarkRepeatedKeys(items, fingerprints, outcomes);

        // Lock before looking for earlier events: a retry racing its original waits here, then sees it committed.
        var locked = subjects.Where((s, i) => outcomes[i] is null).Select(s => s!.Value.Id).Distinct().ToList();
        var states = await writer.LockStatesAsync(locked, scheme, now, ct);
        var existing = await writer.FindEventKeysAsync(recorder.Label, firstWithKey.Keys.ToList(), ct);
        foreach (var (key, index) in firstWithKey)
        {
            if (existing.TryGetValue(key, out var earlier) && outcomes[index] is null)
            {
                // Rows from before fingerprints were kept have none: a repeat of their key is taken as a retry, as it was.
                outcomes[index] = earlier.Fingerprint is null || earlier.Fingerprint.AsSpan().SequenceEqual(fingerprints[index])
                    ? EventOutcome.Duplicate(index, earlier.EventId)
                    : EventOutcome.KeyReused(index, earlier.EventId);
            }
        }

        var resolved = new RuleDefinition?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (outcomes[i] is not null)
            {
                continue;
            }

            var code = items[i].RuleCode!.Trim().ToUpperInvariant();
            var occurredAt = Instants.Stored(items[i].OccurredAt!.Value);
            if (rules.IsSuspended(code))
            {
                // Refused, not stored unscored: the caller is told now and can send it again once the suspension is lifted.
                outcomes[i] = EventOutcome.Rejected(i, RuleSuspended(code));
                continue;
            }

            resolved[i] = rules.Resolve(code, occurredAt);
            if (resolved[i] is null)
            {
                outcomes[i] = EventOutcome.Rejected(i, RuleMissing(rules, code, occurredAt));
            }
        }

        var histories = new CapHistories(await writer.CapEntriesAsync(CapHistories.Ranges(Enumerable.Range(0, items.Count)
            .Where(i => resolved[i] is not null)
            .Select(i => (subjects[i]!.Value.Id, resolved[i]!, Instants.Stored(items[i].OccurredAt!.Value)))), ct));
        var running = new Dictionary<Guid, ScoreState>(states);
        var events = new List<CreditEvent>();
        var entries = new List<LedgerEntry>();
        for (var i = 0; i < items.Count; i++)
        {
            if (outcomes[i] is not null || resolved[i] is not { } rule)
            {
                continue;
            }

            var subject = subjects[i]!.Value;
            var input = items[i];
            var occurredAt = Instants.Stored(input.OccurredAt!.Value);
            var history = histories.For(subject.Id, rule.Code);
            var documentNumber = string.IsNullOrWhiteSpace(input.DocumentNumber) ? null : input.DocumentNumber.Trim();
            var result = ScoringEngine.Evaluate(rule, subject.Kind, occurredAt, input.Quantity, documentNumber, history);
            if (!result.IsSuccess)
            {
                outcomes[i] = EventOutcome.Rejected(i, result.Error);
                continue;
            }

            var (creditEvent, entry) = Record(tenantId, input, result.Value, subject.Id, recorder, now, documentNumber);
            creditEvent.PayloadFingerprint = fingerprints[i];
            events.Add(creditEvent);
            entries.Add(entry);
            // An entry a cap took to zero changes no window's sums (CapWindow counts neither its points nor its occurrence).
            if (rule.Caps.Count > 0 && entry.Points != 0)
            {
                CapHistories.Insert(history, new PriorEntry(entry.OccurredAt, entry.Points));
            }

            running[subject.Id] = running[subject.Id].With(scheme.Definition, entry.ToLine(), now);
            outcomes[i] = EventOutcome.Accepted(i, creditEvent.Id, entry);
        }

        var scores = running.ToDictionary(r => r.Key, r => ScoreProjection.FromState(tenantId, r.Key, scheme, r.Value, now));
        foreach (var creditEvent in events)
        {
            creditEvent.ScoreAfter = scores[creditEvent.SubjectId].Score;
            creditEvent.BandAfter = scores[creditEvent.SubjectId].Band;
        }

        if (scores.Count > 0)
        {
            await writer.AppendAsync(new LedgerAppend(events, entries, [.. scores.Values]), ct);
        }

        PlatformMetrics.CountEvents(outcomes!, recorder.Source);
        return new RecordingResult(outcomes!, scores);
    }

    /// <summary>
    /// A key repeated within one request takes effect once: later items carrying it with the same payload are duplicates
    /// of the first, with another payload they are refused.
    /// </summary>
    /// <returns>Each key's first pending item.</returns>
    private static Dictionary<string, int> MarkRepeatedKeys(IReadOnlyList<EventInput> items, byte[]?[] fingerprints, EventOutcome?[] outcomes)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (outcomes[i] is not null || string.IsNullOrWhiteSpace(items[i].IdempotencyKey))
            {
                continue;
            }

            if (!first.TryAdd(items[i].IdempotencyKey!, i))
            {
                var original = first[items[i].IdempotencyKey!];
                outcomes[i] = fingerprints[original].AsSpan().SequenceEqual(fingerprints[i])
                    ? EventOutcome.Duplicate(i, null)
                    : EventOutcome.KeyReused(i, null, original);
            }
        }

        return first;
    }

    /// <summary>The refusal of an event under a rule a higher level has suspended.</summary>
    public static ScoringError RuleSuspended(string code) => new(EventErrorCodes.RuleSuspended,
        $"Rule {code} is suspended by a higher authority: it scores nothing until the suspension is lifted. Send the event again then.");

    private static ScoringError RuleMissing(RuleCatalogue rules, string code, DateTimeOffset occurredAt) => rules.Knows(code)
        ? new ScoringError(EventErrorCodes.RuleNotInForce, string.Create(CultureInfo.InvariantCulture,
            $"No approved version of rule {code} was in force at {occurredAt:yyyy-MM-dd HH:mm} UTC, when the event happened."))
        : new ScoringError(EventErrorCodes.UnknownRule, $"This jurisdiction has no rule {code}.");

    private static (CreditEvent Event, LedgerEntry Entry) Record(
        Guid tenantId, EventInput input, Evaluation evaluation, Guid subjectId, Recorder recorder, DateTimeOffset now, string? documentNumber)
    {
        var creditEvent = new CreditEvent
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(),
            IdempotencyKey = string.IsNullOrWhiteSpace(input.IdempotencyKey) ? null : input.IdempotencyKey,
            IdempotencyCaller = string.IsNullOrWhiteSpace(input.IdempotencyKey) ? null : recorder.Label,
            SubjectId = subjectId,
            RuleCode = evaluation.RuleCode,
            RuleVersion = evaluation.RuleVersion,
            OccurredAt = evaluation.OccurredAt,
            RecordedAt = now,
            Quantity = evaluation.Quantity,
            DocumentNumber = documentNumber,
            Evidence = string.IsNullOrWhiteSpace(input.Evidence) ? null : input.Evidence.Trim(),
            Recorder = recorder.Label,
            Department = recorder.Department,
            Source = recorder.Source,
        };
        var entry = new LedgerEntry
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(),
            EventId = creditEvent.Id,
            SubjectId = subjectId,
            RuleCode = evaluation.RuleCode,
            RuleVersion = evaluation.RuleVersion,
            Points = evaluation.Points,
            RawPoints = evaluation.RawPoints,
            Capped = evaluation.Capped,
            CapNotes = [.. evaluation.CapNotes],
            Quantity = evaluation.Quantity,
            OccurredAt = evaluation.OccurredAt,
            RecordedAt = now,
            ExpiresAt = Instants.Stored(evaluation.ExpiresAt),
            BandOverride = evaluation.BandOverride,
            BandOverrideUntil = Instants.Stored(evaluation.BandOverrideUntil),
            Recorder = recorder.Label,
            Department = recorder.Department,
        };
        return (creditEvent, entry);
    }
}
