namespace CreditPlatform.Domain.Appeals;

/// <summary>Accepted evidence is told by its first bytes, never by its name or declared type.</summary>
public static class EvidenceType
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <returns>The media type, or null when the content is none of PDF, JPEG or PNG.</returns>
    public static string? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(Pdf) ? "application/pdf"
        : content.StartsWith(Jpeg) ? "image/jpeg"
        : content.StartsWith(Png) ? "image/png"
        : null;
}
