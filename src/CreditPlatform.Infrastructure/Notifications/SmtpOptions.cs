namespace CreditPlatform.Infrastructure.Notifications;

/// <summary><c>Notifications:Smtp</c>: where e-mail notices are handed over. No host: no e-mail, inbox only.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string From { get; set; } = "noreply@creditplatform.local";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool UseTls { get; set; } = true;
}

/// <summary><c>Notifications:Sms</c>: the HTTP gateway text messages are posted to. No URL: no SMS.</summary>
public sealed class SmsOptions
{
    public Uri? Url { get; set; }
    public string? ApiKey { get; set; }
    public int MaxLength { get; set; } = 300;
}
