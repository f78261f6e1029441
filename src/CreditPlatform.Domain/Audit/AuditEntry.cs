using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Audit;

/// <summary>One write, or one read of a person's data. Append-only: the app role may not update or delete.</summary>
public sealed class AuditEntry : ITenantOwned
{
    public Guid TenantId { get; set; }
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public Guid? SubjectId { get; set; }
    public string? Reason { get; set; }
    public string? CorrelationId { get; set; }
}
