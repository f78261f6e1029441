using CreditPlatform.Infrastructure.Appeals;
using CreditPlatform.Infrastructure.Outbox;
using MailKit.Net.Smtp;
using MailKit.Security;
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

        using var client = new SmtpClient();
        try
        {
            var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception's message may quote the server's reply about the recipient: only the type travels on.
            throw new DeliveryFailedException($"The mail server did not take the notice ({e.GetType().Name}).");
        }

        return true;
    }
}
