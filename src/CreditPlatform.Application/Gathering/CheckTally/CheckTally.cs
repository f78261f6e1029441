using System.Globalization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Gathering.CheckTally;

/// <summary>One line of a village's monthly tally sheet, as typed: every field is text until checked.</summary>
/// <param name="Resident">The resident's identity number, or their name when it is unique in the village.</param>
public sealed record TallyRow(int Line, string? Resident, string? Rule, string? Quantity, string? Date, string? Evidence);

/// <summary>
/// Checks a tally sheet line by line before anything is recorded: which resident and rule each line means and what
/// is wrong with the others. Recording then goes through the batch path, which checks again.
/// </summary>
/// <param name="Language">The language of the rule names in suggestions.</param>
public sealed record CheckTally(IReadOnlyList<TallyRow> Rows, string Language = "zh-CN") : IRequest<IReadOnlyList<CheckedTallyRow>>, IPersonalDataRead
{
    public const int MaxRows = 10_000;

    public Guid? AuditSubjectId => null;
}

/// <param name="Errors">Codes from <see cref="TallyErrors"/>; empty when the line can be recorded.</param>
/// <param name="Typed">The line as it was typed, to show beside its errors.</param>
/// <param name="Points">What the line would add or take away, caps applied, counting the file's earlier lines.</param>
/// <param name="SuggestedRule">For an unknown rule: the rule in force it most likely meant, if one is close.</param>
public sealed record CheckedTallyRow(
    int Line, Guid? SubjectId, string? SubjectName, string? MaskedIdentifier, string? RuleCode, decimal? Quantity,
    DateTimeOffset? OccurredAt, string? Evidence, IReadOnlyList<string> Errors, TallyRow Typed)
{
    public int? Points { get; init; }

    public string? RuleTitle { get; init; }

    public SuggestedRule? SuggestedRule { get; init; }

    public bool IsGood => Errors.Count == 0;
}

/// <summary>A rule offered instead of an unknown code, with its name in the asked language.</summary>
public sealed record SuggestedRule(string Code, string Title);

public static class TallyErrors
{
    public const string UnknownResident = "unknown_resident";
    public const string AmbiguousResident = "ambiguous_resident";
    public const string UnknownRule = "unknown_rule";
    public const string BadQuantity = "bad_quantity";
    public const string BadDate = "bad_date";
    public const string NotApplicable = "not_applicable";
}

public sealed class CheckTallyHandler(IAppDbContext db, IIdentifierProtector protector, TimeProvider clock)
    : IRequestHandler<CheckTally, IReadOnlyList<CheckedTallyRow>>
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd"];

    public async ValueTask<IReadOnlyList<CheckedTallyRow>> Handle(CheckTally request, CancellationToken cancellationToken)
    {
        var today = clock.GetUtcNow();
        var rules = await RuleCatalogue.LoadAsync(db, cancellationToken);
        var residents = request.Rows.Select(r => r.Resident?.Trim()).Where(r => !string.IsNullOrEmpty(r)).Distinct().ToList();
        var byHash = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var resident in residents)
        {
            var normalized = Identifier.Normalize(resident!);
            if (Identifier.DetectKind(normalized) is not null)
            {
                byHash[resident!] = protector.Hash(normalized);
            }
            else
            {
                names.Add(resident!);
            }
        }

        var hashes = byHash.Values.ToList();
        var found = await db.Subjects.AsNoTracking()
            .Where(s => hashes.Contains(s.IdentifierHash) || names.Contains(s.Name))
            .Select(s => new { s.Id, s.Name, s.MaskedIdentifier, s.IdentifierHash, s.Kind })
            .ToListAsync(cancellationToken);

        var inForce = (await db.Set<RuleVersion>().AsNoTracking().Where(r => r.Status == RuleStatus.Active).ToListAsync(cancellationToken))
            .Where(r => (r.EffectiveFrom is null || r.EffectiveFrom <= today) && (r.EffectiveTo is null || r.EffectiveTo > today))
            .GroupBy(r => r.Code, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.Version)!)
            .ToList();
        var candidates = inForce.Select(r => new RuleCandidate(r.Code, r.TitleZh, r.TitleEn)).ToList();
        var english = Languages.IsEnglish(request.Language);
        var titles = (await db.Set<RuleVersion>().AsNoTracking().Select(r => new { r.Code, r.Version, r.TitleZh, r.TitleEn }).ToListAsync(cancellationToken))
            .GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Version)!, StringComparer.Ordinal);

        // Each subject's counted history of the rules in the file, grown by the file's own lines as they are read,
        // so caps count the lines above.
        var subjectIds = found.Select(s => s.Id).ToList();
        var codes = request.Rows.Select(r => r.Rule?.Trim().ToUpperInvariant()).Where(c => !string.IsNullOrEmpty(c)).Distinct().ToList();
        var history = (await db.Counted()
                .Where(e => subjectIds.Contains(e.SubjectId) && codes.Contains(e.RuleCode))
                .Select(e => new { e.SubjectId, e.RuleCode, e.OccurredAt, e.Points })
                .ToListAsync(cancellationToken))
            .GroupBy(e => (e.SubjectId, e.RuleCode))
            .ToDictionary(g => g.Key, g => g.Select(e => new PriorEntry(e.OccurredAt, e.Points)).ToList());

        return [.. request.Rows.Select(row =>
        {
            var errors = new List<string>();
            var resident = row.Resident?.Trim() ?? "";
            var matches = resident.Length == 0 ? [] : byHash.TryGetValue(resident, out var hash)
                ? found.Where(s => s.IdentifierHash.AsSpan().SequenceEqual(hash)).ToList()
                : found.Where(s => s.Name == resident).ToList();
            var subject = matches.Count == 1 ? matches[0] : null;
            if (matches.Count > 1)
            {
                errors.Add(TallyErrors.AmbiguousResident);
            }
            else if (subject is null)
            {
                errors.Add(TallyErrors.UnknownResident);
            }

            DateTimeOffset? occurredAt = DateTime.TryParseExact(row.Date?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateTimeOffset(date.Date, TimeSpan.Zero).AddHours(12)
                : null;
            if (occurredAt > today)
            {
                // Today's lines are recorded as of now: noon may still be ahead.
                occurredAt = occurredAt.Value.Date == today.UtcDateTime.Date ? today : occurredAt;
            }

            if (occurredAt is null || occurredAt > today || occurredAt < today.AddYears(-10))
            {
                errors.Add(TallyErrors.BadDate);
                occurredAt = null;
            }

            var code = row.Rule?.Trim().ToUpperInvariant() ?? "";
            RuleDefinition? rule = code.Length == 0 ? null : rules.Resolve(code, occurredAt ?? today);
            if (rule is null)
            {
                errors.Add(TallyErrors.UnknownRule);
            }

            decimal? quantity = null;
            if (!string.IsNullOrWhiteSpace(row.Quantity))
            {
                if (decimal.TryParse(row.Quantity.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var q) && q > 0 && q <= 1_000_000)
                {
                    quantity = q;
                }
                else
                {
                    errors.Add(TallyErrors.BadQuantity);
                }
            }
            else if (rule?.Delta.Kind == DeltaKind.PerUnit)
            {
                errors.Add(TallyErrors.BadQuantity);
            }

            int? points = null;
            if (errors.Count == 0)
            {
                var prior = history.TryGetValue((subject!.Id, code), out var list) ? list : history[(subject.Id, code)] = [];
                var result = ScoringEngine.Evaluate(rule!, subject.Kind, occurredAt!.Value, quantity, null, prior.OrderBy(p => p.OccurredAt).ToList());
                if (result.IsSuccess)
                {
                    points = result.Value.Points;
                    prior.Add(new PriorEntry(result.Value.OccurredAt, result.Value.Points));
                }
                else
                {
                    errors.Add(TallyErrors.NotApplicable);
                }
            }

            var suggestion = rule is null ? RuleSuggestions.Closest(row.Rule, candidates) : null;
            var evidence = string.IsNullOrWhiteSpace(row.Evidence) ? null : row.Evidence.Trim();
            return new CheckedTallyRow(row.Line, subject?.Id, subject?.Name, subject?.MaskedIdentifier, rule is null ? null : code,
                quantity, occurredAt, evidence, errors, row)
            {
                Points = points,
                RuleTitle = rule is not null && titles.TryGetValue(code, out var t) ? (english ? t.TitleEn : t.TitleZh) : null,
                SuggestedRule = suggestion is null ? null : new SuggestedRule(suggestion.Code, english ? suggestion.TitleEn : suggestion.TitleZh),
            };
        })];
    }
}
