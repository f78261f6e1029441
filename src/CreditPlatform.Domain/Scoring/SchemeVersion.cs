using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Scoring;

/// <summary>One stored version of a tenant's scheme. A change is a new version; old ones stay to answer "as of" questions.</summary>
public sealed class SchemeVersion : ITenantOwned
{
    public Guid TenantId { get; set; }
    public int Version { get; set; }
    public SchemeDefinition Definition { get; set; } = new() { Version = 0, BaseScore = 0 };
    public DateTimeOffset EffectiveFrom { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
