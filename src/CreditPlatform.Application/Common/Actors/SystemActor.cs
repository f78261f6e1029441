using CreditPlatform.Application.Common.Abstractions;

namespace CreditPlatform.Application.Common.Actors;

/// <summary>
/// The actor of a scheduled job: no person and no credential, so it holds no scope and no role, and four eyes never
/// take it for anyone. Its <see cref="Label"/> and <see cref="Person"/> are "system:{job}", which is what the audit
/// trail records for whatever the job commits.
/// </summary>
public sealed class SystemActor(string job, Guid? tenantId) : ICurrentActor
{
    public const string Prefix = "system:";

    public bool IsAuthenticated => true;
    public Guid? UserId => null;
    public Guid? ApiKeyId => null;
    public Guid? TenantId => tenantId;
    public bool IsPlatform => false;
    public string? Department => null;
    public Guid? SubjectId => null;
    public string Label { get; } = Prefix + job;
    public string Person => Label;
    public Guid? PersonUserId => null;
    public bool HasScope(string scope) => false;
    public bool IsInRole(string role) => false;
}

/// <summary>
/// Per scope: set by the job runner before it sends a job's command, so the scope's <see cref="ICurrentActor"/> is the
/// job's <see cref="SystemActor"/> rather than the (absent) HTTP caller.
/// </summary>
public sealed class ActingSystem
{
    public SystemActor? Actor { get; private set; }

    public void Set(string job, Guid? tenantId) => Actor = new SystemActor(job, tenantId);
}
