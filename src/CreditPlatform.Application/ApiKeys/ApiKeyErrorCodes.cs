namespace CreditPlatform.Application.ApiKeys;

/// <summary>Every code with which issuing an API key fails (a field failure's code); they never change.</summary>
public static class ApiKeyErrorCodes
{
    /// <summary>An API key without a scope.</summary>
    public const string ScopeRequired = "scope_required";

    /// <summary>A scope that does not exist.</summary>
    public const string ScopeUnknown = "scope_unknown";

    /// <summary>A platform scope asked for a jurisdiction's key.</summary>
    public const string ScopePlatformOnly = "scope_platform_only";
}
