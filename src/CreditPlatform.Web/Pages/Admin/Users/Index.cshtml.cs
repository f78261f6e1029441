using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Tenants;
using CreditPlatform.Application.Tenants.GetTenants;
using CreditPlatform.Application.Users;
using CreditPlatform.Application.Users.ChangeUserRole;
using CreditPlatform.Application.Users.DisableUser;
using CreditPlatform.Application.Users.GetUsers;
using CreditPlatform.Application.Users.InviteUser;
using CreditPlatform.Application.Users.SendPasswordLink;
using CreditPlatform.Web.Endpoints;
using CreditPlatform.Web.Localization;
using CreditPlatform.Web.MultiTenancy;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Users;

/// <summary>
/// People and their accounts: platform administrators see every jurisdiction's (filter by one) and manage anyone;
/// a jurisdiction's officials see their own people and manage its information gatherers.
/// </summary>
public sealed class IndexModel(ISender sender, ITenantContext tenant, ICurrentActor actor, TenantDirectory directory) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Platform administrators: the jurisdiction shown (slug), or all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Tenant { get; set; }

    [BindProperty]
    public Invitation Input { get; set; } = new();

    public sealed class Invitation
    {
        public string? Jurisdiction { get; set; }
        public string? UserName { get; set; }
        public string? DisplayName { get; set; }
        public string? Role { get; set; }
        public string? Department { get; set; }
        public string? Email { get; set; }
    }

    public AccountPage Accounts { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<JurisdictionDto> Jurisdictions { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool IsPlatform => actor.IsPlatform;

    public IReadOnlyList<string> InvitableRoles => IsPlatform ? AccountRoles.Assignable : [AccountRoles.Gatherer];

    public bool MayManage(AccountDto user) => IsPlatform ? user.TenantId is not null : user.Role == AccountRoles.Gatherer;

    public int PageCount => Math.Max(1, (Accounts.Total + PageSize - 1) / PageSize);

    public static bool Chinese => !Cultures.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);

    public string JurisdictionName(Guid? id) =>
        id is null ? UiText.PlatformAdmin.PlatformLevel
        : Jurisdictions.FirstOrDefault(t => t.Id == id) is { } t ? (Chinese ? t.NameZh : t.NameEn) : "";

    public string SlugOf(Guid? id) => Jurisdictions.FirstOrDefault(t => t.Id == id)?.Slug ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsPlatform && !string.IsNullOrEmpty(Tenant) && !await EnterAsync(Tenant, ct))
        {
            return NotFound();
        }

        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostInviteAsync(CancellationToken ct) => ActAsync(IsPlatform ? Input.Jurisdiction : null, async () =>
    {
        if (IsPlatform && string.IsNullOrEmpty(Input.Jurisdiction))
        {
            throw RequestValidationException.For("jurisdiction", UserErrorCodes.JurisdictionRequired, UiText.PlatformAdmin.ChooseJurisdiction);
        }

        var invited = await sender.Send(new InviteUser(Input.UserName, Input.DisplayName, Input.Role, Input.Department, Input.Email)
        {
            LinkBase = AccountLinks.Base(HttpContext),
        }, ct);
        return UiText.PlatformAdmin.Invited.Format(Input.Email, invited.InvitationExpiresAt.ToLocalTime().ToString("g", System.Globalization.CultureInfo.CurrentCulture));
    }, ct);

    public Task<IActionResult> OnPostResetAsync(Guid id, string? jurisdiction, string? name, CancellationToken ct) => ActAsync(jurisdiction, async () =>
    {
        await sender.Send(new SendPasswordLink { UserId = id, LinkBase = AccountLinks.Base(HttpContext) }, ct);
        return UiText.PlatformAdmin.ResetSent.Format(name);
    }, ct);

    public Task<IActionResult> OnPostRoleAsync(Guid id, string? jurisdiction, string? role, string? name, CancellationToken ct) => ActAsync(jurisdiction, async () =>
    {
        var changed = await sender.Send(new ChangeUserRole(role) { UserId = id }, ct);
        return UiText.PlatformAdmin.RoleChanged.Format(name, UiText.PlatformAdmin.RoleName(changed.Role));
    }, ct);

    public Task<IActionResult> OnPostDisableAsync(Guid id, string? jurisdiction, string? name, bool confirm, CancellationToken ct) => ActAsync(jurisdiction, async () =>
    {
        if (!confirm)
        {
            throw RequestValidationException.For("confirm", UserErrorCodes.ConfirmationRequired, UiText.PlatformAdmin.ConfirmRequired);
        }

        await sender.Send(new DisableUser { UserId = id }, ct);
        return UiText.PlatformAdmin.DisabledDone.Format(name);
    }, ct);

    private async Task<IActionResult> ActAsync(string? jurisdiction, Func<Task<string>> act, CancellationToken ct)
    {
        try
        {
            // Platform administrators act inside the person's jurisdiction (its audit trail and isolation);
            // officials always act in their own, set from their account.
            if (IsPlatform && !string.IsNullOrEmpty(jurisdiction) && !await EnterAsync(jurisdiction, ct))
            {
                return NotFound();
            }

            TempData["Notice"] = await act();
            return RedirectToPage(new { Search, p = PageNumber, Tenant });
        }
        catch (RequestValidationException e)
        {
            Problems = UiText.Validation.All(e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ConflictException)
        {
            Problems = [UiText.PlatformAdmin.UserNameTaken];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        catch (ForbiddenException)
        {
            Problems = [UiText.PlatformAdmin.OfficialsGatherersOnly];
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> EnterAsync(string slug, CancellationToken ct)
    {
        if (await directory.FindAsync(slug, ct) is not { } id)
        {
            return false;
        }

        tenant.Set(id, slug);
        return true;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Jurisdictions = await sender.Send(new GetTenants(), ct);
        PageNumber = Math.Max(1, PageNumber);
        Accounts = await sender.Send(new GetUsers(Search, PageNumber, PageSize), ct);
    }
}
