using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Scoring.Rules.ApproveRule;
using CreditPlatform.Application.Scoring.Rules.ListRules;
using CreditPlatform.Application.Scoring.Rules.RejectRule;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Rules;

/// <summary>A reviewer reads the whole draft beside the version in force, then approves it or rejects it with a reason.</summary>
public sealed class ReviewModel(ISender sender) : PageModel
{
    public RuleDto Draft { get; private set; } = null!;

    public RuleDto? InForce { get; private set; }

    public IReadOnlyList<RuleReviewLine> Lines { get; private set; } = [];

    /// <summary>Why the platform refused the approval, shown above the draft.</summary>
    public IReadOnlyList<string> Refusals { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync(string code, int version, CancellationToken ct) => await LoadAsync(code, version, ct);

    public async Task<IActionResult> OnPostApproveAsync(string code, int version, CancellationToken ct)
    {
        try
        {
            var rule = await sender.Send(new ApproveRule(code ?? "", version), ct);
            TempData["Notice"] = UiText.AdminRules.Approved.Format(rule.Code, rule.Version);
            return RedirectToPage("Index");
        }
        catch (BusinessRuleException e)
        {
            Refusals = RefusalMessages.Of(e);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (ConflictException e)
        {
            Refusals = [UiText.AdminRules.Refused.Format(UiText.Refusals.For(e))];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        await LoadAsync(code, version, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync(string code, int version, CancellationToken ct)
    {
        try
        {
            var rule = await sender.Send(new RejectRule(Reason) { Code = code ?? "", Version = version }, ct);
            TempData["Notice"] = UiText.AdminRules.RejectedNotice.Format(rule.Code, rule.Version);
            return RedirectToPage("Index");
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, "");
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ConflictException e)
        {
            Refusals = [UiText.AdminRules.Refused.Format(UiText.Refusals.For(e))];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        await LoadAsync(code, version, ct);
        return Page();
    }

    private async Task LoadAsync(string? code, int version, CancellationToken ct)
    {
        var versions = (await sender.Send(new ListRules(null, UiText.AdminRules.Language), ct)).Where(r => r.Code == code).ToList();
        Draft = versions.Find(r => r.Version == version) ?? throw new NotFoundException("No such rule version.");
        InForce = versions.Find(r => r.Status == "active" && r.Version != version);
        Lines = RuleReviewLines.Compare(InForce, Draft);
    }
}
