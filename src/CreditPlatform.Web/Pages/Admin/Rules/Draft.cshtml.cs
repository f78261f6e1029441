using CreditPlatform.Application.Common.Dispatching;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Rules;

/// <summary>Drafts a rule, or a new version of one (<c>?from=CODE</c> fills the form from its latest version).</summary>
public sealed class DraftModel(ISender sender) : PageModel
{
    [BindProperty]
    public RuleForm Data { get; set; } = new();

    /// <summary>Why the platform refused the rule (guardrails), shown above the form.</summary>
    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public async Task OnGetAsync(string? from, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(from))
        {
            var rules = await sender.Send(new ListRules(null, UiText.AdminRules.Language), ct);
            var latest = rules.Where(r => r.Code == from).MaxBy(r => r.Version) ?? throw new NotFoundException("No such rule.");
            Data = RuleForm.From(latest);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
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
            foreach (var (field, messages) in e.Errors)
            {
                var key = RuleForm.FieldOf.TryGetValue(field, out var name) ? $"{nameof(Data)}.{name}" : "";
                foreach (var message in messages)
                {
                    ModelState.AddModelError(key, UiText.Validation.Translate(message));
                }
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
            Refusals = [UiText.AdminRules.Refused.Format(e.Message)];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }
}
