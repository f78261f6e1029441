using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Application.Common.Errors;

namespace CreditPlatform.Application.Checks.GetScreening;

/// <summary>One of the caller's screenings: its progress and counts.</summary>
public sealed record GetScreening(Guid Id) : IRequest<ScreeningDto>;

public sealed class GetScreeningHandler(IScreeningStore store, ICurrentActor actor) : IRequestHandler<GetScreening, ScreeningDto>
{
    public async ValueTask<ScreeningDto> Handle(GetScreening request, CancellationToken cancellationToken) =>
        await store.FindAsync(actor.Label, request.Id, cancellationToken)
        ?? throw new NotFoundException("You have no screening with this id.");
}
