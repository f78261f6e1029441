using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Schemes;

/// <summary>A drafted scheme version as officials read it: the proposal, who drafted and decided it (by name), and where it stands.</summary>
public sealed record SchemeDraftDto(
    Guid Id,
    string Status,
    int BasedOnVersion,
    int BaseScore,
    int? Floor,
    int? Ceiling,
    IReadOnlyList<BandDto> Bands,
    bool DisplayStars,
    string DraftedBy,
    DateTimeOffset DraftedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? RejectionReason,
    int? ApprovedVersion)
{
    public static SchemeDraftDto From(SchemeDraft draft, IReadOnlyDictionary<string, string> names)
    {
        var d = draft.Definition;
        return new SchemeDraftDto(
            draft.Id,
            draft.Status.ToString().ToLowerInvariant(),
            draft.BasedOnVersion,
            d.BaseScore,
            d.Floor,
            d.Ceiling,
            [.. d.Bands.Select(b => new BandDto(b.Code, b.MinScore, d.BandMeasures.TryGetValue(b.Code, out var m) ? m : []))],
            d.DisplayStars,
            names.GetValueOrDefault(draft.DraftedBy, draft.DraftedBy),
            draft.DraftedAt,
            draft.DecidedBy is null ? null : names.GetValueOrDefault(draft.DecidedBy, draft.DecidedBy),
            draft.DecidedAt,
            draft.RejectionReason,
            draft.ApprovedVersion);
    }

    /// <summary>Display names for the actor labels on <paramref name="drafts"/>; a key reads as the person who issued it.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(
        IEnumerable<SchemeDraft> drafts, PersonResolver persons, IUserDirectory users, CancellationToken ct)
    {
        var labels = drafts.SelectMany(d => new[] { d.DraftedBy, d.DecidedBy }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var people = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var person = await persons.PersonOfAsync(label, ct);
            if (person.StartsWith("user:", StringComparison.Ordinal) && Guid.TryParse(person.AsSpan(5), out var userId))
            {
                people[label] = userId;
            }
        }

        var display = await users.DisplayNamesAsync([.. people.Values.Distinct()], ct);
        return people.Where(p => display.ContainsKey(p.Value)).ToDictionary(p => p.Key, p => display[p.Value], StringComparer.Ordinal);
    }
}

/// <summary>How many subjects of one kind move from one band to another (null: no band).</summary>
public sealed record BandMove(string SubjectKind, string? From, string? To, int Subjects);

/// <summary>How many subjects of one kind a band holds before and after the change.</summary>
public sealed record BandCount(string SubjectKind, string? Band, int Before, int After);

/// <summary>What a scheme change would do to the jurisdiction's subjects as they stand now.</summary>
public sealed record BandShiftDto(int Subjects, int Moved, int Up, int Down, IReadOnlyList<BandMove> Moves, IReadOnlyList<BandCount> Bands);
