using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Guardrails.Platform.GetPlatformGuardrails;

public sealed record GetPlatformGuardrails : IRequest<PlatformGuardrailsDto>;

public sealed class GetPlatformGuardrailsHandler(IAppDbContext db) : IRequestHandler<GetPlatformGuardrails, PlatformGuardrailsDto>
{
    public async ValueTask<PlatformGuardrailsDto> Handle(GetPlatformGuardrails request, CancellationToken cancellationToken)
    {
        var versions = (await db.Set<PlatformGuardrailVersion>().AsNoTracking().OrderByDescending(v => v.Version).ToListAsync(cancellationToken))
            .ConvertAll(PlatformGuardrailVersionDto.From);
        return new PlatformGuardrailsDto(
            versions.Find(v => v.Status == "active"),
            versions.Find(v => v.Status == "proposed"),
            versions);
    }
}
