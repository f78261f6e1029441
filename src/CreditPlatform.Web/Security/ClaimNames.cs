namespace CreditPlatform.Web.Security;

public static class ClaimNames
{
    public const string TenantId = "tenant_id";
    public const string Scope = "scope";
    public const string ApiKeyId = "api_key_id";
    public const string Department = "department";
    public const string SubjectId = "subject_id";
    public const string DisplayName = "display_name";

    /// <summary>On a key's principal: the user who issued it (absent for a system actor).</summary>
    public const string IssuedBy = "issued_by";
}

public static class AuthSchemes
{
    public const string ApiKey = "ApiKey";
    public const string Auto = "Auto";
    public const string ApiKeyHeader = "X-Api-Key";
}
