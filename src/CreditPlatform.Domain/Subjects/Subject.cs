using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Subjects;

/// <summary>
/// A person or organisation enrolled in a tenant. The identifier itself is never stored in clear:
/// a keyed hash serves lookups, an encrypted copy serves the subject's own report, a masked copy serves display.
/// </summary>
public sealed class Subject : ITenantOwned
{
    public const int NameMaxLength = 200;

    private string name = "";

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public SubjectKind Kind { get; set; }
    public byte[] IdentifierHash { get; set; } = [];
    public byte[] IdentifierCipher { get; set; } = [];
    public string MaskedIdentifier { get; set; } = "";
    public string Name
    {
        get => name;
        set
        {
            name = value;
            NameInitials = PinyinInitials.Of(value);
        }
    }

    /// <summary>The pinyin initials of the name, kept with it for search ("zw" finds 张伟); never the identifier.</summary>
    public string NameInitials { get; set; } = "";

    public Guid? LegalRepresentativeId { get; set; }

    /// <summary>Where notices go besides the inbox: encrypted like the identifier, masked for display.</summary>
    public byte[]? EmailCipher { get; set; }
    public string? MaskedEmail { get; set; }
    public byte[]? PhoneCipher { get; set; }
    public string? MaskedPhone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
