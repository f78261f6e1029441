using CreditPlatform.Domain.Simulations;

namespace CreditPlatform.Application.Simulations;

/// <summary>
/// A period's events of one jurisdiction, ordered by subject then time and handed over one subject at a time, so a
/// million events cost one subject's memory. Events whose ledger entry was reversed are left out, as the score leaves
/// them out.
/// </summary>
public interface ISimulationEvents
{
    IAsyncEnumerable<List<SimulatedEvent>> BySubjectAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);
}
