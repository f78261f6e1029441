using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Categories;
using CreditPlatform.Application.Scoring.Categories.ListRuleCategories;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Scoring.Rules.ListRules;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Rules;

/// <summary>Drafts a rule, or a new version of one (<c>?from=CODE</c> fills the form from every field of the version in force).</summary>
public sealed class DraftModel(ISender sender) : PageModel
{
    [BindProperty]
    public RuleForm Data { get; set; } = new();

    /// <summary>Empty cap rows shown below the filled ones; "add a cap" asks for one more.</summary>
    [BindProperty]
    public int BlankCapRows { get; set; } = 1;

    /// <summary>Why the platform refused the rule (guardrails), shown above the form.</summary>
    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public IReadOnlyList<RuleCategoryDto> Categories { get; private set; } = [];

    public async Task OnGetAsync(string? from, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(from))
        {
            var versions = (await sender.Send(new ListRules(null, UiText.AdminRules.Language), ct)).Where(r => r.Code == from).ToList();
            var source = versions.Find(r => r.Status == "active") ?? versions.MaxBy(r => r.Version) ?? throw new NotFoundException("No such rule.");
            Data = RuleForm.From(source);
        }

        await LoadCategoriesAsync(ct);
    }

    public async Task<IActionResult> OnPostAddCapAsync(CancellationToken ct)
    {
        ModelState.Clear();
        BlankCapRows = Math.Clamp(Data.Caps.Count(c => c.IsEmpty) + 1, 1, 20);
        await LoadCategoriesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        BlankCapRows = 1;
        await LoadCategoriesAsync(ct);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            var rule = await sender.Send(Data.ToCommand(), ct);
            TempData["Notice"] = UiText.AdminRules.Drafted.Format(rule.Code, rule.Version);
            return RedirectToPage("Index");
        }
        catch (RequestValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                var name = RuleForm.FieldFor(failure.Field);
                ModelState.AddModelError(name.Length > 0 ? $"{nameof(Data)}.{name}" : "", UiText.Validation.For(failure));
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
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

        return Page();
    }

    private async Task LoadCategoriesAsync(CancellationToken ct) => Categories = await sender.Send(new ListRuleCategories(), ct);
}
