namespace CreditPlatform.Application.Webhooks;

/// <summary>Every code with which webhooks fail (a field failure's code); they never change.</summary>
public static class WebhookErrorCodes
{
    /// <summary>A webhook address that is not an absolute http or https URL without credentials.</summary>
    public const string UrlInvalid = "webhook_url_invalid";

    /// <summary>A signing secret shorter than 16 or longer than 200 characters.</summary>
    public const string SecretLength = "webhook_secret_length";

    /// <summary>A secret rotation overlap outside 0 to 168 hours.</summary>
    public const string OverlapOutOfRange = "webhook_overlap_out_of_range";

    /// <summary>A webhook that follows a list the caller may not follow or that does not exist.</summary>
    public const string ListUnknown = "webhook_list_unknown";
}
