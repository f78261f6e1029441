using CreditPlatform.Application.Common.Abstractions;
using Mediator;

namespace CreditPlatform.Application.Users.GetUsers;

/// <summary>
/// The accounts of the current jurisdiction, by display name, a page at a time; a search matches the display name,
/// user name or department. Without a jurisdiction (the platform), every account, platform administrators included.
/// </summary>
public sealed record GetUsers(string? Search = null, int Page = 1, int PageSize = 20) : IQuery<AccountPage>;

public sealed class GetUsersHandler(IUserAccounts accounts, ITenantContext tenant, ICurrentActor actor) : IQueryHandler<GetUsers, AccountPage>
{
    public async ValueTask<AccountPage> Handle(GetUsers request, CancellationToken cancellationToken) =>
        await accounts.ListAsync(tenant.TenantId, platformToo: tenant.TenantId is null && actor.IsPlatform,
            request.Search?.Trim(), Math.Max(1, request.Page), Math.Clamp(request.PageSize, 1, 100), cancellationToken);
}
