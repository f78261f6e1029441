using System.Globalization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.GetAppeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Explanations;
using CreditPlatform.Application.Explanations.GetMyScoreExplanation;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Ledger.GetSubjectLedger;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Application.Scoring.Scores.GetScore;
using CreditPlatform.Application.Scoring.Scores.GetScoreTrend;
using CreditPlatform.Domain.Explanations;
using CreditPlatform.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Portal;

/// <summary>The citizen's own score, its trend and every entry behind it, each with the way to object.</summary>
public sealed class ScoreModel(ISender sender, ICurrentActor actor, TimeProvider clock) : PageModel
{
    public const int TrendMonths = 12;

    public ScoreDto Score { get; private set; } = null!;

    public TrendChart Trend { get; private set; } = null!;

    public IReadOnlyList<LedgerEntryDto> Entries { get; private set; } = [];

    /// <summary>The entries with each correction beside the entry it corrects.</summary>
    public IReadOnlyList<CorrectedLine> Lines => CorrectedLedger.Fold(Entries);

    public DateTimeOffset Now { get; private set; }

    public ScoreExplanation Explanation { get; private set; } = null!;

    /// <summary>Ledger entries with an appeal being reviewed.</summary>
    public IReadOnlySet<Guid> UnderAppeal { get; private set; } = new HashSet<Guid>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (actor.SubjectId is not { } subjectId)
        {
            return Forbid();
        }

        Now = clock.GetUtcNow();
        Score = await sender.Send(new GetScore(subjectId, null), ct);
        var trend = await sender.Send(new GetScoreTrend(subjectId, TrendMonths), ct);
        Trend = TrendChart.From(trend, Score.Score, Now.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        Entries = await sender.Send(new GetSubjectLedger(subjectId, CultureInfo.CurrentUICulture.Name), ct);
        Explanation = await sender.Send(new GetMyScoreExplanation(), ct);
        UnderAppeal = (await sender.Send(new GetAppeals(OpenOnly: true), ct))
            .Where(a => a.LedgerEntryId is not null).Select(a => a.LedgerEntryId!.Value).ToHashSet();
        return Page();
    }

    /// <summary>Whether the entry may still be objected to: a deduction that counts and whose window is open.</summary>
    public bool CanAppeal(LedgerEntryDto e) =>
        e.Points < 0 && e.Status is "counted" or "pending" && !UnderAppeal.Contains(e.Id) && e.AppealDeadline is { } deadline && deadline > Now;
}
