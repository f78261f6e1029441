using System.Security.Claims;
using CreditPlatform.Application.Common.Abstractions;

namespace CreditPlatform.Web.Security;

/// <summary>The actor of the current HTTP request, read from its claims.</summary>
public sealed class CurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => User.Identity?.IsAuthenticated == true;
    public Guid? ApiKeyId => GuidClaim(ClaimNames.ApiKeyId);
    public Guid? UserId => ApiKeyId is null ? GuidClaim(ClaimTypes.NameIdentifier) : null;
    public Guid? TenantId => GuidClaim(ClaimNames.TenantId);
    public bool IsPlatform => IsAuthenticated && TenantId is null;
    public string? Department => User.FindFirstValue(ClaimNames.Department);
    public Guid? SubjectId => GuidClaim(ClaimNames.SubjectId);
    /// <summary>"key:…", "user:…" or "anonymous"; built once per principal (an API key's is shared while the key is cached).</summary>
    public string Label => Labels.GetValue(User, BuildLabel);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ClaimsPrincipal, string> Labels = new();

    private static string BuildLabel(ClaimsPrincipal user) =>
        GuidClaim(user, ClaimNames.ApiKeyId) is { } key ? $"key:{key}"
        : GuidClaim(user, ClaimTypes.NameIdentifier) is { } id ? $"user:{id}"
        : "anonymous";

    public string Person => PersonLabels.GetValue(User, BuildPerson);

    public Guid? PersonUserId => ApiKeyId is null ? UserId : GuidClaim(ClaimNames.IssuedBy);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ClaimsPrincipal, string> PersonLabels = new();

    private static string BuildPerson(ClaimsPrincipal user) =>
        GuidClaim(user, ClaimNames.ApiKeyId) is not null && GuidClaim(user, ClaimNames.IssuedBy) is { } issuer
            ? Application.Common.Actors.PersonResolver.UserLabel(issuer)
            : BuildLabel(user);

    public bool HasScope(string scope) => User.HasClaim(ClaimNames.Scope, scope);

    public bool IsInRole(string role) => User.IsInRole(role);

    private Guid? GuidClaim(string type) => GuidClaim(User, type);

    private static Guid? GuidClaim(ClaimsPrincipal user, string type) => Guid.TryParse(user.FindFirstValue(type), out var id) ? id : null;
}
