using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;

namespace CreditPlatform.Application.Common.Behaviours;

/// <summary>A command and everything it writes (ledger, score, audit, outbox) commit together or not at all.</summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(IAppDbContext db) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        if (request is not ICommand<TResponse> || db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
