using System.Globalization;
using System.Text;

namespace CreditPlatform.Infrastructure.Notifications;

/// <summary>The words a notice carries outside the inbox: both languages, the legal basis and the appeal deadline.</summary>
public static class NoticeText
{
    public static string Subject(NoticeToSend n) => $"{n.AuthorityName}：信用通知 / Credit notice";

    public static string Body(NoticeToSend n)
    {
        var text = new StringBuilder();
        text.AppendLine(n.Notice.TextZh);
        if (n.Notice.LegalBasis.Length > 0)
        {
            text.Append("依据：").AppendLine(n.Notice.LegalBasis);
        }

        if (n.Notice.AppealDeadline is { } deadline)
        {
            text.Append("申诉截止：").AppendLine(Day(deadline));
        }

        text.AppendLine("请登录信用平台，在“我的通知”中查看。").AppendLine();
        text.AppendLine(n.Notice.TextEn);
        if (n.Notice.LegalBasis.Length > 0)
        {
            text.Append("Legal basis: ").AppendLine(n.Notice.LegalBasis);
        }

        if (n.Notice.AppealDeadline is { } due)
        {
            text.Append("Appeal by: ").AppendLine(Day(due));
        }

        text.AppendLine("Sign in to the credit platform and open \"My notices\" to read it there.");
        return text.ToString();
    }

    /// <summary>A text message carries the Chinese notice alone, clipped to what gateways accept.</summary>
    public static string Short(NoticeToSend n, int max) =>
        n.Notice.TextZh.Length > max ? n.Notice.TextZh[..(max - 1)] + "…" : n.Notice.TextZh;

    private static string Day(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
