using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Appeals;

/// <summary>
/// A notice to a jurisdiction's officials (not to a subject), in both languages: for now, that an appeal changed
/// hands at its deadline. It names the appeal and dates, never a person's identifier.
/// </summary>
public sealed class OfficeNotice : ITenantOwned
{
    public const string AppealHandedOn = "appeal-handed-on";
    public const string AppealReceived = "appeal-received";

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public Guid? AppealId { get; set; }
    public string TitleZh { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string BodyZh { get; set; } = "";
    public string BodyEn { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
