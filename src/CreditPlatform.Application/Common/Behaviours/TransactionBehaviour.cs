using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Application.Common.Behaviours;

/// <summary>A command and everything it writes (ledger, score, audit, outbox) commit together or not at all.</summary>
/// <remarks>The context is resolved only for commands, so a query that needs no database (a check) costs none.</remarks>
public sealed class TransactionBehaviour<TRequest, TResponse>(IServiceProvider services) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        var db = services.GetRequiredService<IAppDbContext>();
        if (db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
