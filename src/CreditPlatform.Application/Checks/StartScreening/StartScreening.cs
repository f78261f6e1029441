using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;

namespace CreditPlatform.Application.Checks.StartScreening;

/// <summary>
/// Screen a file of identifiers (<see cref="ScreeningCsv"/>) in the background, against the lists a check of the same
/// caller sees, optionally for one <see cref="Measure"/>, and for a platform caller with the local lists of
/// <see cref="Tenant"/>. The identifiers are kept only as their keyed hash and masked form, and only until screened.
/// </summary>
public sealed record StartScreening(Stream Csv, string? Measure, string? Tenant) : IRequest<ScreeningDto>
{
    /// <summary>Screenings of one owner not yet completed at any moment.</summary>
    public const int MaxInProgress = 3;

    /// <summary>How long the results are kept (they go with the screening, and so do their masked identifiers).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);
}

public sealed class StartScreeningHandler(IScreeningStore store, CheckAnswerer answerer, IIdentifierProtector protector, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<StartScreening, ScreeningDto>
{
    public async ValueTask<ScreeningDto> Handle(StartScreening request, CancellationToken cancellationToken)
    {
        var measure = string.IsNullOrWhiteSpace(request.Measure) ? null : request.Measure.Trim();
        if (measure is not null && !Measures.IsKnown(measure))
        {
            throw RequestValidationException.For("measure", CheckErrorCodes.MeasureUnknown, "No measure has this code.");
        }

        var localTenant = await answerer.LocalListsTenantAsync(actor, request.Tenant, cancellationToken);
        if (await store.CountInProgressAsync(actor.Label, cancellationToken) >= StartScreening.MaxInProgress)
        {
            throw new ConflictException(
                $"You have {StartScreening.MaxInProgress} screenings in progress; start another when one of them has completed.",
                CheckErrorCodes.ScreeningsInProgress);
        }

        var now = clock.GetUtcNow();
        var screening = new NewScreening(Guid.CreateVersion7(now), actor.Label, actor.TenantId, localTenant, measure, now, now + StartScreening.Retention);
        var created = await store.CreateAsync(screening, ScreeningCsv.ReadAsync(request.Csv, protector, cancellationToken), cancellationToken);
        if (created.Total == 0)
        {
            await store.DeleteAsync(actor.Label, created.Id, cancellationToken);
            throw RequestValidationException.For("file", CheckErrorCodes.ScreeningFileEmpty, "The file holds no identifier: one identifier per line, in the first column.");
        }

        return created;
    }
}
