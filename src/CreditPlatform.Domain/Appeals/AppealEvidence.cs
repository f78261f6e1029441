using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Appeals;

/// <summary>A document attached to an appeal, kept in the database with the appeal it supports.</summary>
public sealed class AppealEvidence : ITenantOwned
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int FileNameMaxLength = 200;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid AppealId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}
