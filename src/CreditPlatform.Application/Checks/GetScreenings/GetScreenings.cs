using CreditPlatform.Application.Common.Abstractions;
using Mediator;

namespace CreditPlatform.Application.Checks.GetScreenings;

/// <summary>The caller's latest screenings (at most 50), newest first.</summary>
public sealed record GetScreenings : IRequest<IReadOnlyList<ScreeningDto>>
{
    public const int Limit = 50;
}

public sealed class GetScreeningsHandler(IScreeningStore store, ICurrentActor actor) : IRequestHandler<GetScreenings, IReadOnlyList<ScreeningDto>>
{
    public async ValueTask<IReadOnlyList<ScreeningDto>> Handle(GetScreenings request, CancellationToken cancellationToken) =>
        await store.ListAsync(actor.Label, GetScreenings.Limit, cancellationToken);
}
