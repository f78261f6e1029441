using System.Net.Http.Headers;
using System.Net.Http.Json;
using CreditPlatform.Infrastructure.Appeals;
using Microsoft.Extensions.Options;

namespace CreditPlatform.Infrastructure.Notifications;

/// <summary>Hands a text message to whatever carrier the deployment uses.</summary>
public interface ISmsGateway
{
    bool IsConfigured { get; }

    /// <summary>Throws when the gateway did not accept the message, so the outbox retries.</summary>
    Task SendAsync(string phone, string text, string reference, CancellationToken cancellationToken);
}

/// <summary>
/// A gateway reached by one JSON POST <c>{to, text, reference}</c> with a bearer key, the shape most SMS
/// aggregators offer; the reference (the notice id) lets the gateway drop a repeat.
/// </summary>
public sealed class HttpSmsGateway(IHttpClientFactory clients, IOptions<SmsOptions> options) : ISmsGateway
{
    public const string ClientName = "sms";

    public bool IsConfigured => options.Value.Url is not null;

    public async Task SendAsync(string phone, string text, string reference, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.Url)
        {
            Content = JsonContent.Create(new { to = phone, text, reference }),
        };
        if (!string.IsNullOrEmpty(options.Value.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.ApiKey);
        }

        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The SMS gateway answered {(int)response.StatusCode}.", null, response.StatusCode);
        }
    }
}

/// <summary>Sends the notice as a text message to a subject with a phone number on file.</summary>
public sealed class SmsNotificationSender(ISmsGateway gateway, NoticeRecipients recipients, IOptions<SmsOptions> options) : INotificationSender
{
    public string Channel => "sms";

    public async Task<bool> SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        if (!gateway.IsConfigured
            || await recipients.LoadAsync(delivery.NotificationId, cancellationToken) is not { Phone: { } phone } notice)
        {
            return false;
        }

        await gateway.SendAsync(phone, NoticeText.Short(notice, options.Value.MaxLength), delivery.NotificationId.ToString(), cancellationToken);
        return true;
    }
}
