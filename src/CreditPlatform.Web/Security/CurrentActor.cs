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
    public string Label => ApiKeyId is { } key ? $"key:{key}" : UserId is { } user ? $"user:{user}" : "anonymous";

    public bool HasScope(string scope) => User.HasClaim(ClaimNames.Scope, scope);

    public bool IsInRole(string role) => User.IsInRole(role);

    private Guid? GuidClaim(string type) => Guid.TryParse(User.FindFirstValue(type), out var id) ? id : null;
}
