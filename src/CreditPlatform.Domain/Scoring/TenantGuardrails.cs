namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// The guardrails a jurisdiction sets for itself and everything beneath it. Platform-level row, not tenant-owned:
/// a child jurisdiction must read its ancestors' limits, and limits are policy, not anyone's personal data.
/// </summary>
public sealed class TenantGuardrails
{
    public Guid TenantId { get; set; }

    /// <summary>The limits; <see cref="GuardrailSet.Name"/> is replaced by the tenant's slug when the chain is built.</summary>
    public GuardrailSet Limits { get; set; } = new() { Name = "" };

    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
