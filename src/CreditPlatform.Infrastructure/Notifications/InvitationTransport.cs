using System.Globalization;
using System.Text;
using System.Text.Json;
using CreditPlatform.Application.Users;
using CreditPlatform.Domain.Outbox;
using CreditPlatform.Infrastructure.Identity;
using CreditPlatform.Infrastructure.Outbox;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CreditPlatform.Infrastructure.Notifications;

/// <summary>
/// Sends "invitation:" outbox messages: an e-mail with a one-time link to set a password. The token is made now, at
/// sending, and never stored; a message a newer link has replaced (or whose user was disabled) is dropped.
/// </summary>
public sealed class InvitationTransport(IOptions<SmtpOptions> options, UserManager<AppUser> users, AppDbContext db) : IOutboxTransport
{
    public const string MessageIdDomain = "invitations.creditplatform";

    public bool Handles(string destination) => destination.StartsWith(AccountRoles.Destination, StringComparison.Ordinal);

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            throw new UndeliverableException("No mail server is configured (Notifications:Smtp:Host).");
        }

        using var payload = JsonDocument.Parse(message.Payload);
        var root = payload.RootElement;
        var userId = root.GetProperty("userId").GetGuid();
        var expiresAt = root.GetProperty("expiresAt").GetDateTimeOffset();
        var linkBase = root.TryGetProperty("linkBase", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : "";
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.DisabledAt is not null || user.InvitationExpiresAt != expiresAt || string.IsNullOrEmpty(user.Email))
        {
            return; // replaced by a newer link, used, or the user is gone: nothing to send
        }

        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = $"{linkBase}/account/set-password?user={user.Id}&token={Uri.EscapeDataString(token)}";
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Id == user.TenantId).Select(t => new { t.NameZh, t.NameEn }).FirstOrDefaultAsync(cancellationToken);
        var first = !user.EmailConfirmed && user.PasswordHash is null;

        using var mail = new MimeMessage
        {
            MessageId = $"{message.Id}@{MessageIdDomain}",
            Subject = first ? "信用平台账户邀请 / Your credit platform account" : "设置新密码 / Set a new password",
            Body = new TextPart("plain") { Text = Body(user.DisplayName, user.UserName ?? "", tenant?.NameZh, tenant?.NameEn, link, expiresAt, first) },
        };
        mail.From.Add(MailboxAddress.Parse(smtp.From));
        mail.To.Add(MailboxAddress.Parse(user.Email));

        await SmtpMail.SendAsync(smtp, mail, "invitation", cancellationToken);
    }

    public static string Body(string displayName, string userName, string? tenantZh, string? tenantEn, string link, DateTimeOffset expiresAt, bool first)
    {
        var until = expiresAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{displayName}，您好：");
        text.AppendLine(first
            ? $"您已受邀使用信用平台（{tenantZh}），用户名：{userName}。请打开下面的链接设置密码："
            : $"已为您在信用平台（{tenantZh}）的账户 {userName} 发出设置新密码的链接：");
        text.AppendLine(link);
        text.AppendLine(CultureInfo.InvariantCulture, $"链接只能使用一次，有效期至 {until}。如非本人操作，请忽略本邮件。");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Dear {displayName},");
        text.AppendLine(first
            ? $"You have been invited to the credit platform ({tenantEn}) with the user name {userName}. Open this link to set your password:"
            : $"Here is a link to set a new password for your account {userName} on the credit platform ({tenantEn}):");
        text.AppendLine(link);
        text.AppendLine(CultureInfo.InvariantCulture, $"The link works once, until {until}. If you did not expect this e-mail, ignore it.");
        return text.ToString();
    }
}
