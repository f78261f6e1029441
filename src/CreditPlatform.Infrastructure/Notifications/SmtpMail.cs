using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CreditPlatform.Infrastructure.Notifications;

/// <summary>
/// The platform's one way to hand a message to the configured mail server: TLS as configured (implicit on 465,
/// STARTTLS otherwise), optional authentication, and a failure that names only the exception's type (the server's
/// reply may quote the recipient), so the outbox retries it.
/// </summary>
internal static class SmtpMail
{
    public static async Task SendAsync(SmtpOptions smtp, MimeMessage message, string what, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        try
        {
            var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(smtp.Host ?? "", smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new Outbox.DeliveryFailedException($"The mail server did not take the {what} ({e.GetType().Name}).");
        }
    }
}
