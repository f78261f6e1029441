using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Ledger.GetSubjectLedger;

namespace CreditPlatform.Web.Pages.Shared;

/// <summary>An entry with the corrections made to it (reversals, upheld appeals), shown together as one line.</summary>
public sealed record CorrectedLine(LedgerEntryDto Entry, IReadOnlyList<LedgerEntryDto> Corrections)
{
    public bool IsCorrected => Corrections.Count > 0;

    /// <summary>What the entry and its corrections count together.</summary>
    public int NetPoints => Entry.Points + Corrections.Sum(c => c.Points);
}

/// <summary>
/// Folds every correction under the entry it corrects, so a page shows the original (struck through) with its
/// correction beside it, never the correction as points earned for the offence.
/// </summary>
public static class CorrectedLedger
{
    public static IReadOnlyList<CorrectedLine> Fold(IReadOnlyList<LedgerEntryDto> entries)
    {
        var listed = entries.Select(e => e.Id).ToHashSet();
        var corrections = entries.Where(e => e.ReversesId is { } original && listed.Contains(original)).ToLookup(e => e.ReversesId!.Value);
        return [.. entries
            .Where(e => e.ReversesId is not { } original || !listed.Contains(original))
            .Select(e => new CorrectedLine(e, [.. corrections[e.Id]]))];
    }
}
