using System.Globalization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
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
public sealed record CheckTally(IReadOnlyList<TallyRow> Rows) : IRequest<IReadOnlyList<CheckedTallyRow>>, IPersonalDataRead
{
    public const int MaxRows = 10_000;

    public Guid? AuditSubjectId => null;
}

/// <param name="Errors">Codes from <see cref="TallyErrors"/>; empty when the line can be recorded.</param>
/// <param name="Typed">The line as it was typed, to show beside its errors.</param>
public sealed record CheckedTallyRow(
    int Line, Guid? SubjectId, string? SubjectName, string? MaskedIdentifier, string? RuleCode, decimal? Quantity,
    DateTimeOffset? OccurredAt, string? Evidence, IReadOnlyList<string> Errors, TallyRow Typed)
{
    public bool IsGood => Errors.Count == 0;
}

public static class TallyErrors
{
    public const string UnknownResident = "unknown_resident";
    public const string AmbiguousResident = "ambiguous_resident";
    public const string UnknownRule = "unknown_rule";
    public const string BadQuantity = "bad_quantity";
    public const string BadDate = "bad_date";
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
            .Select(s => new { s.Id, s.Name, s.MaskedIdentifier, s.IdentifierHash })
            .ToListAsync(cancellationToken);

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

            var evidence = string.IsNullOrWhiteSpace(row.Evidence) ? null : row.Evidence.Trim();
            return new CheckedTallyRow(row.Line, subject?.Id, subject?.Name, subject?.MaskedIdentifier, rule is null ? null : code,
                quantity, occurredAt, evidence, errors, row);
        })];
    }
}
