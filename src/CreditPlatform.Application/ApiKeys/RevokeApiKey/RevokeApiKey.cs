using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.ApiKeys.RevokeApiKey;

public sealed record RevokeApiKey(Guid Id) : ICommand<bool>;

public sealed class RevokeApiKeyHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock, IApiKeyCache cache)
    : ICommandHandler<RevokeApiKey, bool>
{
    public async ValueTask<bool> Handle(RevokeApiKey request, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == request.Id, cancellationToken);
        if (key is null || (!actor.IsPlatform && key.TenantId != actor.TenantId))
        {
            throw new NotFoundException("No such API key.");
        }

        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        cache.Evict(key.Id);
        return true;
    }
}
