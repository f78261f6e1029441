using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Guardrails.GetGuardrails;

public sealed record GetGuardrails : IRequest<TenantGuardrailsDto>;

public sealed class GetGuardrailsHandler(IAppDbContext db, ITenantContext tenant) : IRequestHandler<GetGuardrails, TenantGuardrailsDto>
{
    public async ValueTask<TenantGuardrailsDto> Handle(GetGuardrails request, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId!.Value;
        var slug = tenant.Slug!;
        var own = await db.Set<TenantGuardrails>().AsNoTracking().FirstOrDefaultAsync(g => g.TenantId == tenantId, cancellationToken);
        var chain = await GuardrailChain.LoadAsync(db, tenantId, cancellationToken);
        return new TenantGuardrailsDto(
            slug,
            own is null ? null : GuardrailSetDto.From(own.Limits with { Name = slug }),
            [.. chain.Select(GuardrailSetDto.From)]);
    }
}
