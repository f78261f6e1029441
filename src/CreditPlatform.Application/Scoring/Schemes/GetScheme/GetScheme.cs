using CreditPlatform.Application.Common.Abstractions;
using Mediator;

namespace CreditPlatform.Application.Scoring.Schemes.GetScheme;

/// <summary>The scheme version in force now.</summary>
public sealed record GetScheme : IRequest<SchemeDto>;

public sealed class GetSchemeHandler(IAppDbContext db) : IRequestHandler<GetScheme, SchemeDto>
{
    public async ValueTask<SchemeDto> Handle(GetScheme request, CancellationToken cancellationToken) =>
        SchemeDto.From(await db.RequireCurrentSchemeAsync(cancellationToken));
}
