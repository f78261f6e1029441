using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using Mediator;

namespace CreditPlatform.Application.Users.ChangeUserRole;

/// <summary>Give a user of the jurisdiction another role. Only the platform changes roles of officials and reviewers, or grants them.</summary>
public sealed record ChangeUserRole(string? Role) : ICommand<AccountDto>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}

public sealed class ChangeUserRoleHandler(IUserAccounts accounts, ITenantContext tenant, ICurrentActor actor)
    : ICommandHandler<ChangeUserRole, AccountDto>
{
    public async ValueTask<AccountDto> Handle(ChangeUserRole request, CancellationToken cancellationToken)
    {
        var role = request.Role!.Trim();
        var user = await AccountRoles.RequireManageableAsync(accounts, tenant, actor, request.UserId, cancellationToken);
        AccountRoles.EnsureMayManage(actor, role);
        if (user.Role != role)
        {
            await accounts.SetRoleAsync(user.Id, role, cancellationToken);
        }

        return (await accounts.FindAsync(user.Id, cancellationToken))!;
    }
}
