namespace CreditPlatform.Application.Tenants;

/// <summary>Every code with which jurisdiction administration refuses (the problem's <c>code</c>); they never change.</summary>
public static class TenantErrorCodes
{
    public const string Closed = "jurisdiction_closed";
    public const string SlugTaken = "slug_taken";
    public const string HierarchyCycle = "hierarchy_cycle";

    /// <summary>A jurisdiction code that is not 2 to 40 lower-case letters, digits and single hyphens starting with a letter.</summary>
    public const string SlugInvalid = "slug_invalid";

    /// <summary>A jurisdiction without its Chinese name.</summary>
    public const string NameZhRequired = "jurisdiction_name_zh_required";

    /// <summary>A jurisdiction without its English name.</summary>
    public const string NameEnRequired = "jurisdiction_name_en_required";

    /// <summary>A jurisdiction kind that is not one of the known kinds.</summary>
    public const string KindInvalid = "jurisdiction_kind_invalid";

    /// <summary>No jurisdiction has the code given.</summary>
    public const string UnknownSlug = "jurisdiction_unknown";

    /// <summary>No jurisdiction has the parent code given.</summary>
    public const string UnknownParent = "parent_unknown";
}
