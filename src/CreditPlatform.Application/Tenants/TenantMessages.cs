namespace CreditPlatform.Application.Tenants;

/// <summary>The validation messages of the jurisdiction use cases (the pages translate them by their English text).</summary>
public static class TenantMessages
{
    public const string Slug = "A slug has 2 to 40 lower-case letters, digits and single hyphens, and starts with a letter.";
    public const string NameZh = "Give the jurisdiction's Chinese name.";
    public const string NameEn = "Give the jurisdiction's English name.";
    public const string ParentRequired = "Name the new parent, or leave it empty to make the jurisdiction a top-level one.";

    public static string Kind => "Kind must be one of: " + string.Join(", ", Jurisdictions.KindNames) + ".";
}
