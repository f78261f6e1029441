using CreditPlatform.Infrastructure.Appeals;
using CreditPlatform.Infrastructure.Outbox;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CreditPlatform.Infrastructure.Notifications;

/// <summary>
/// Sends a notice by e-mail through SMTP to a subject with an address on file. The Message-ID is the notice's id,
/// so a receiving system can recognise a repeat. Failures are retried by the outbox.
/// </summary>
public sealed class EmailNotificationSender(IOptions<SmtpOptions> options, NoticeRecipients recipients) : INotificationSender
{
    public const string MessageIdDomain = "notices.creditplatform";

    public string Channel => "email";

    public async Task<bool> SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host)
            || await recipients.LoadAsync(delivery.NotificationId, cancellationToken) is not { Email: { } address } notice)
        {
            return false;
        }

        using var message = new MimeMessage
        {
            MessageId = $"{delivery.NotificationId}@{MessageIdDomain}",
            Subject = NoticeText.Subject(notice),
            Body = new TextPart("plain") { Text = NoticeText.Body(notice) },
        };
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(address));

        await SmtpMail.SendAsync(smtp, message, "notice", cancellationToken);

        return true;
    }
}
