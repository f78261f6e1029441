using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Application.Common.Errors;

namespace CreditPlatform.Application.Checks.DeleteScreening;

/// <summary>Delete one of the caller's screenings with its rows and results (a screening in progress stops).</summary>
public sealed record DeleteScreening(Guid Id) : IRequest<bool>;

public sealed class DeleteScreeningHandler(IScreeningStore store, ICurrentActor actor) : IRequestHandler<DeleteScreening, bool>
{
    public async ValueTask<bool> Handle(DeleteScreening request, CancellationToken cancellationToken) =>
        await store.DeleteAsync(actor.Label, request.Id, cancellationToken)
            ? true
            : throw new NotFoundException("You have no screening with this id.");
}
