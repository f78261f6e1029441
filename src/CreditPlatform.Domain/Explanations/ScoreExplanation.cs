namespace CreditPlatform.Domain.Explanations;

/// <summary>Why a score is what it is: every number that went into it, each with a sentence in both languages.</summary>
/// <param name="Sentences">Base first, then each counted entry, then any floor or ceiling adjustment; their
/// <see cref="ExplanationSentence.Points"/> add up to <paramref name="Score"/> exactly.</param>
/// <param name="BandFrom">The lowest score of the band the subject is in; null for the bottom band.</param>
/// <param name="NextBand">The next better band, null at the top.</param>
/// <param name="NextBandFrom">The score the next better band starts at.</param>
public sealed record ScoreExplanation(
    int BaseScore,
    int Score,
    string? Band,
    int? BandFrom,
    string? NextBand,
    int? NextBandFrom,
    DateTimeOffset AsOf,
    IReadOnlyList<ExplanationSentence> Sentences,
    IReadOnlyList<ExplanationSentence> Notes)
{
    /// <summary>Entries of national lists about the subject, made by other jurisdictions: they carry no points here.</summary>
    public IReadOnlyList<ListingNote> Listings { get; init; } = [];
}

/// <summary>A listing that bears on the subject, in words, with its way out.</summary>
public sealed record ListingNote(
    Guid EntryId, string Authority, string AuthorityName, string ListCode, string ListName, string Status, string Reason,
    string DocumentNumber, IReadOnlyList<string> Measures, DateTimeOffset ListedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset EarliestRepair, string Zh, string En);

/// <summary>One line of an explanation.</summary>
/// <param name="Kind">"base", "entry", "floor", "ceiling", or for notes "band" / "override".</param>
/// <param name="EntryId">The ledger entry the line stands for, when it stands for one.</param>
public sealed record ExplanationSentence(string Kind, int Points, string Zh, string En, Guid? EntryId = null, ExplainedEntry? Entry = null);
