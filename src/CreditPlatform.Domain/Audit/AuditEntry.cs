using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Audit;

/// <summary>
/// One write, or one read of a person's data. Append-only: the app role may not update or delete.
/// <see cref="Sequence"/>, <see cref="PrevHash"/> and <see cref="Hash"/> link the rows of a tenant
/// into a hash chain; the database computes them on insert, so values set here are ignored.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public const int ReasonMaxLength = 500;

    public Guid TenantId { get; set; }
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public Guid? SubjectId { get; set; }
    public string? Reason { get; set; }
    public string? CorrelationId { get; set; }
    public long Sequence { get; set; }
    public byte[] PrevHash { get; set; } = [];
    public byte[] Hash { get; set; } = [];
}
