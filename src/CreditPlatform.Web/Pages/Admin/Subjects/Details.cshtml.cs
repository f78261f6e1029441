using CreditPlatform.Application.Common.Dispatching;
using CreditPlatform.Application.Subjects;
using CreditPlatform.Application.Subjects.Queries.GetSubject;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Subjects;

/// <summary>One subject of the official's jurisdiction (an audited read). Score, ledger and list entries join it as those areas land.</summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public SubjectDto Subject { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) =>
        Subject = await sender.Send(new GetSubject(id), ct);
}
