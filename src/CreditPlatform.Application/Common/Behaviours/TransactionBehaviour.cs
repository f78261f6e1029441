using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Application.Common.Behaviours;

/// <summary>A command and everything it writes (ledger, score, audit, outbox) commit together or not at all.</summary>
/// <remarks>The context is resolved only for commands, so a query that needs no database (a check) costs none.</remarks>
public sealed class TransactionBehaviour<TRequest, TResponse>(IServiceProvider services) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IMessage
{
    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next, CancellationToken cancellationToken)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next(request, cancellationToken);
        }

        var db = services.GetRequiredService<IAppDbContext>();
        if (db.Database.CurrentTransaction is not null)
        {
            return await next(request, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(request, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
