using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;

namespace CreditPlatform.Application.Checks.GetScreenings;

/// <summary>The caller's latest screenings (at most 50), newest first.</summary>
public sealed record GetScreenings : IRequest<IReadOnlyList<ScreeningDto>>
{
    public const int Limit = 50;
}

public sealed class GetScreeningsHandler(IScreeningStore store, ICurrentActor actor) : IRequestHandler<GetScreenings, IReadOnlyList<ScreeningDto>>
{
    public Task<IReadOnlyList<ScreeningDto>> Handle(GetScreenings request, CancellationToken cancellationToken) =>
        store.ListAsync(actor.Label, GetScreenings.Limit, cancellationToken);
}
