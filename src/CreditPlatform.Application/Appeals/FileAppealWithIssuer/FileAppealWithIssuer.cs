using CreditPlatform.Application.Appeals.Calendar;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.FileAppealWithIssuer;

using CreditPlatform.Application.Appeals.FileAppeal;

/// <summary>The issuer's side of an appeal filed from the subject's home jurisdiction; sent only through <see cref="IJurisdictionHop"/>.</summary>
public sealed record FileAppealWithIssuer(Guid ListEntryId, string Reason, Guid HomeTenantId, Guid HomeSubjectId, DateTimeOffset NoticedAt)
    : ICommand<AppealFiled>;

public sealed class FileAppealWithIssuerHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<FileAppealWithIssuer, AppealFiled>
{
    public async ValueTask<AppealFiled> Handle(FileAppealWithIssuer request, CancellationToken cancellationToken)
    {
        var target = await AppealedEntry.LoadAsync(db, null, request.ListEntryId, cancellationToken);
        if (target.List is not { Scope: Domain.Lists.ListScope.National })
        {
            throw new NotFoundException("This jurisdiction keeps no such list entry.");
        }

        return await AppealFiling.FileAsync(db, target, request.Reason, actor.Label, clock.GetUtcNow(), request.NoticedAt,
            (request.HomeTenantId, request.HomeSubjectId), cancellationToken);
    }
}
