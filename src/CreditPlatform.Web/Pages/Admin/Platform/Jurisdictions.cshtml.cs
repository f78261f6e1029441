using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Tenants;
using CreditPlatform.Application.Tenants.CloseTenant;
using CreditPlatform.Application.Tenants.CreateTenant;
using CreditPlatform.Application.Tenants.GetTenants;
using CreditPlatform.Application.Tenants.MoveTenant;
using CreditPlatform.Application.Tenants.RenameTenant;
using CreditPlatform.Web.Localization;
using CreditPlatform.Web.MultiTenancy;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Platform;

/// <summary>The jurisdictions in their hierarchy: search, create, rename, move (never under itself) and close.</summary>
public sealed class JurisdictionsModel(ISender sender, TenantDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty]
    public NewJurisdiction Input { get; set; } = new();

    public IReadOnlyList<JurisdictionDto> All { get; private set; } = [];

    public IReadOnlyList<JurisdictionDto> Shown { get; private set; } = [];

    /// <summary>The slug whose forms failed, so its panel opens again.</summary>
    public string? Failed { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public sealed class NewJurisdiction
    {
        public string? Slug { get; set; }
        public string? NameZh { get; set; }
        public string? NameEn { get; set; }
        public string? Kind { get; set; }
        public string? Parent { get; set; }
    }

    public static bool Chinese => !Cultures.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);

    public string NameOf(string? slug) =>
        All.FirstOrDefault(t => t.Slug == slug) is { } t ? (Chinese ? t.NameZh : t.NameEn) : slug ?? "";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) => ActAsync("", async () =>
    {
        var created = await sender.Send(new CreateTenant(Input.Slug, Input.NameZh, Input.NameEn, Input.Kind, Input.Parent), ct);
        directory.Forget(created.Slug);
        return UiText.PlatformAdmin.Created.Format(Chinese ? created.NameZh : created.NameEn);
    }, ct);

    public Task<IActionResult> OnPostRenameAsync(string slug, string? nameZh, string? nameEn, CancellationToken ct) => ActAsync(slug, async () =>
    {
        var renamed = await sender.Send(new RenameTenant(nameZh, nameEn) { Slug = slug }, ct);
        return UiText.PlatformAdmin.Renamed.Format(Chinese ? renamed.NameZh : renamed.NameEn);
    }, ct);

    public Task<IActionResult> OnPostMoveAsync(string slug, string? parent, bool confirm, CancellationToken ct) => ActAsync(slug, async () =>
    {
        RequireConfirmation(confirm);
        var moved = await sender.Send(new MoveTenant(parent) { Slug = slug }, ct);
        return UiText.PlatformAdmin.Moved.Format(Chinese ? moved.NameZh : moved.NameEn);
    }, ct);

    public Task<IActionResult> OnPostCloseAsync(string slug, bool confirm, CancellationToken ct) => ActAsync(slug, async () =>
    {
        RequireConfirmation(confirm);
        var closed = await sender.Send(new CloseTenant { Slug = slug }, ct);
        return UiText.PlatformAdmin.Closed.Format(Chinese ? closed.NameZh : closed.NameEn);
    }, ct);

    private static void RequireConfirmation(bool confirm)
    {
        if (!confirm)
        {
            throw new ConfirmationMissing();
        }
    }

    private sealed class ConfirmationMissing : Exception;

    private async Task<IActionResult> ActAsync(string slug, Func<Task<string>> act, CancellationToken ct)
    {
        try
        {
            TempData["Notice"] = await act();
            return RedirectToPage(new { Search });
        }
        catch (ConfirmationMissing)
        {
            Problems = [UiText.PlatformAdmin.ConfirmRequired];
        }
        catch (RequestValidationException e)
        {
            Problems = UiText.Validation.All(e);
        }
        catch (ConflictException)
        {
            Problems = [UiText.PlatformAdmin.SlugTaken];
        }
        catch (BusinessRuleException e) when (e.Code == Jurisdictions.CycleCode)
        {
            Problems = [UiText.PlatformAdmin.Cycle];
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Failed = slug;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        All = await sender.Send(new GetTenants(), ct);
        Shown = string.IsNullOrWhiteSpace(Search) ? All : await sender.Send(new GetTenants(Search), ct);
    }
}
