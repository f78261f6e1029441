using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Audit;

namespace CreditPlatform.Web.Security;

/// <summary>
/// The reason a caller states in the <c>X-Audit-Reason</c> header (percent-encoded UTF-8 for
/// non-ASCII text), kept with the audit row. Control characters are dropped and the text is cut
/// to the column's length, so a header can't forge lines or bloat the log.
/// </summary>
public sealed class HeaderAuditReason(IHttpContextAccessor accessor) : IAuditReason
{
    public const string Header = "X-Audit-Reason";

    public string? Reason => accessor.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } raw ? Clean(raw) : null;

    private static string? Clean(string raw)
    {
        string text;
        try
        {
            text = Uri.UnescapeDataString(raw);
        }
        catch (UriFormatException)
        {
            text = raw;
        }

        var kept = new string(text.Where(c => !char.IsControl(c) && !char.IsSurrogate(c)).ToArray()).Trim();
        if (kept.Length > AuditEntry.ReasonMaxLength)
        {
            kept = kept[..AuditEntry.ReasonMaxLength];
        }

        return kept.Length == 0 ? null : kept;
    }
}
