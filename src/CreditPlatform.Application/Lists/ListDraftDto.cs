using System.Text.Json;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Domain.Lists;

namespace CreditPlatform.Application.Lists;

/// <summary>A drafted list as officials read it: the proposed policy, who drafted and decided it (by name), and where it stands.</summary>
public sealed record ListDraftDto(
    Guid Id,
    string Status,
    string Code,
    string Name,
    string? Kind,
    string? Scope,
    int? DefaultDurationDays,
    IReadOnlyList<string> Measures,
    string? LegalRepresentative,
    int? AppealWindowDays,
    int? MinimumDaysBeforeRepair,
    string DraftedBy,
    DateTimeOffset DraftedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? RejectionReason,
    Guid? ListId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(CreateList.CreateList proposal) => JsonSerializer.Serialize(proposal, Json);

    public static CreateList.CreateList Proposal(ListDraft draft) =>
        JsonSerializer.Deserialize<CreateList.CreateList>(draft.Proposal, Json) ?? throw new InvalidOperationException("A list draft without a proposal.");

    public static ListDraftDto From(ListDraft draft, IReadOnlyDictionary<string, string> names)
    {
        var p = Proposal(draft);
        return new ListDraftDto(
            draft.Id,
            draft.Status.ToString().ToLowerInvariant(),
            draft.Code,
            draft.Name,
            p.Kind,
            p.Scope,
            p.DefaultDurationDays,
            p.Measures ?? [],
            p.LegalRepresentative,
            p.AppealWindowDays,
            p.MinimumDaysBeforeRepair,
            names.GetValueOrDefault(draft.DraftedBy, draft.DraftedBy),
            draft.DraftedAt,
            draft.DecidedBy is null ? null : names.GetValueOrDefault(draft.DecidedBy, draft.DecidedBy),
            draft.DecidedAt,
            draft.RejectionReason,
            draft.ListId);
    }

    /// <summary>Display names for the actor labels on <paramref name="drafts"/>; a key reads as the person who issued it.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(
        IEnumerable<ListDraft> drafts, PersonResolver persons, IUserDirectory users, CancellationToken ct)
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
