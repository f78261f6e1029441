using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists.GetSubjectListEntries;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Ledger.GetSubjectLedger;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Application.Scoring.Scores.GetScore;
using CreditPlatform.Application.Scoring.Scores.GetScoreTrend;
using CreditPlatform.Application.Subjects;
using CreditPlatform.Application.Subjects.GetSubject;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Subjects;

/// <summary>One subject of the official's jurisdiction: score, band, trend, ledger and list entries (audited reads).</summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public const int TrendMonths = 12;

    public SubjectDto Subject { get; private set; } = null!;

    /// <summary>Null when the jurisdiction has no scheme yet to score with.</summary>
    public ScoreDto? Score { get; private set; }

    public IReadOnlyList<TrendPointDto> Trend { get; private set; } = [];

    public IReadOnlyList<LedgerEntryDto> Ledger { get; private set; } = [];

    public IReadOnlyList<SubjectListingDto> Listings { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Subject = await sender.Send(new GetSubject(id), ct);
        try
        {
            Score = await sender.Send(new GetScore(id, null), ct);
            Trend = await sender.Send(new GetScoreTrend(id, TrendMonths), ct);
        }
        catch (BusinessRuleException)
        {
            Score = null;
        }

        Ledger = await sender.Send(new GetSubjectLedger(id, UiText.AdminRules.Language), ct);
        Listings = await sender.Send(new GetSubjectListEntries(id), ct);
    }
}
