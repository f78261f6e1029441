using CreditPlatform.Application.Users;
using CreditPlatform.Application.Users.AcceptInvitation;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Account;

/// <summary>The page the one-time link of an invitation or password reset opens: choose a password, then sign in.</summary>
public sealed class SetPasswordModel(ISender sender, IUserAccounts accounts, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public new Guid User { get; set; }

    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public InvitationState State { get; private set; } = InvitationState.Invalid;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The link is not cached or passed on to other sites.
        Response.Headers.CacheControl = "no-store";
        State = string.IsNullOrEmpty(Token) ? InvitationState.Invalid : await accounts.CheckInvitationAsync(User, Token, clock.GetUtcNow(), ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (string.IsNullOrEmpty(Token))
        {
            State = InvitationState.Invalid;
            return Page();
        }

        if (string.IsNullOrEmpty(Password) || Password != Confirm)
        {
            State = await accounts.CheckInvitationAsync(User, Token, clock.GetUtcNow(), ct);
            Problems = [string.IsNullOrEmpty(Password) ? UiText.AccountSetup.PasswordRequired : UiText.AccountSetup.Mismatch];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var answer = await sender.Send(new AcceptInvitation(User, Token, Password), ct);
        State = answer.State;
        if (answer.Accepted)
        {
            TempData["Notice"] = UiText.AccountSetup.Done.Format(answer.UserName);
            return RedirectToPage("/Account/SignIn");
        }

        Problems = answer.PasswordProblems.Select(UiText.AccountSetup.Problem).ToList();
        Response.StatusCode = answer.State == InvitationState.Valid ? StatusCodes.Status400BadRequest : StatusCodes.Status410Gone;
        return Page();
    }
}
