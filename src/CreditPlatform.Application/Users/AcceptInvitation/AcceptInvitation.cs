using CreditPlatform.Application.Common.Abstractions;
using Mediator;

namespace CreditPlatform.Application.Users.AcceptInvitation;

/// <summary>
/// Set a password through the one-time link of an invitation or reset. The link works once, until it expires, and only
/// while it is the user's latest; a disabled user's link never works.
/// </summary>
public sealed record AcceptInvitation(Guid UserId, string? Token, string? Password) : ICommand<InvitationAnswer>;

public sealed class AcceptInvitationHandler(IUserAccounts accounts, TimeProvider clock) : ICommandHandler<AcceptInvitation, InvitationAnswer>
{
    public async ValueTask<InvitationAnswer> Handle(AcceptInvitation request, CancellationToken cancellationToken) =>
        await accounts.AcceptInvitationAsync(request.UserId, request.Token!, request.Password!, clock.GetUtcNow(), cancellationToken);
}
