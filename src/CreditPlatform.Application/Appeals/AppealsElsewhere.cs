using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;

namespace CreditPlatform.Application.Appeals;

/// <summary>
/// Appeals kept by another jurisdiction that bear on this one: those a missed deadline handed to this jurisdiction's
/// officials, and those this jurisdiction's residents filed from home against national entries. Read through the
/// SECURITY DEFINER functions of migration 0051, which answer only for the connection's own jurisdiction.
/// </summary>
public interface IAppealsElsewhere
{
    Task<IReadOnlyList<AppealKeptElsewhere>> EscalatedHereAsync(CancellationToken ct);

    /// <summary>The jurisdiction that keeps an appeal handed to this one, or null when none was.</summary>
    async Task<Guid?> OwnerOfEscalatedAsync(Guid appealId, CancellationToken ct) =>
        (await EscalatedHereAsync(ct)).FirstOrDefault(a => a.Id == appealId)?.TenantId;

    /// <summary>Appeals filed from here against national entries: of one subject, or of every subject when null.</summary>
    Task<IReadOnlyList<AppealKeptElsewhere>> FiledFromHomeAsync(Guid? homeSubjectId, CancellationToken ct);
}

/// <summary>An appeal as the other jurisdiction keeps it.</summary>
public sealed class AppealKeptElsewhere
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string Authority { get; set; } = "";
    public string Target { get; set; } = "";
    public Guid? ListEntryId { get; set; }
    public string Reason { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTimeOffset FiledAt { get; set; }
    public DateTimeOffset DecisionDue { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionReasons { get; set; }
    public Guid? HomeSubjectId { get; set; }

    public AppealDto ToDto() => new(
        Id, ApiNames.Of(Enum.Parse<AppealTarget>(Target)), null, ListEntryId, Reason, ApiNames.Of(Enum.Parse<AppealStatus>(Status)), FiledAt, DecisionDue,
        EscalatedAt, DecidedAt, DecisionReasons, null, null)
    { KeptBy = Authority };
}
