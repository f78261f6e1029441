using CreditPlatform.Application.ApiKeys.CreateApiKey;
using CreditPlatform.Application.ApiKeys.ListApiKeys;
using CreditPlatform.Application.ApiKeys.RevokeApiKey;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.ApiKeys;

/// <summary>
/// The jurisdiction's API keys: issue one (its secret is shown on the response page once and never stored
/// anywhere readable, so it is not passed through TempData's cookie) and revoke one.
/// </summary>
public sealed class IndexModel(ISender sender, ITenantContext tenant, ICurrentActor actor) : PageModel
{
    /// <summary>What a jurisdiction's key may be given: every scope but the platform's own, and only those the issuer holds.</summary>
    public IReadOnlyList<string> Grantable => [.. Scopes.All.Where(s => s != Scopes.TenantsWrite && actor.HasScope(s))];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Selected { get; set; } = [];

    public IReadOnlyList<ApiKeyDto> Keys { get; private set; } = [];

    public CreatedApiKey? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Keys = await sender.Send(new ListApiKeys(), ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        try
        {
            Created = await sender.Send(new CreateApiKey(Name, tenant.Slug, Selected), ct);
            Name = null;
            Selected = [];
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, "");
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ForbiddenException e) when (e.Extensions.GetValueOrDefault("scope") is string scope)
        {
            ModelState.AddModelError("", UiText.AdminKeys.ScopeNotHeld.Format(scope));
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        Keys = await sender.Send(new ListApiKeys(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        await sender.Send(new RevokeApiKey(id), ct);
        TempData["Notice"] = UiText.AdminKeys.Revoked.ToString();
        return RedirectToPage();
    }
}
