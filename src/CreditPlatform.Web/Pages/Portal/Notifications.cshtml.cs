using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.GetNotifications;
using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Portal;

/// <summary>The citizen's inbox: every notice about his own records, newest first.</summary>
public sealed class NotificationsModel(ISender sender, ICurrentActor actor, TimeProvider clock) : PageModel
{
    public IReadOnlyList<NotificationDto> Notices { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (actor.SubjectId is not { } subjectId)
        {
            return Forbid();
        }

        Now = clock.GetUtcNow();
        Notices = await sender.Send(new GetNotifications(subjectId), ct);
        return Page();
    }
}
