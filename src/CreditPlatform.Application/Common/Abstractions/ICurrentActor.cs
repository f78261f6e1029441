namespace CreditPlatform.Application.Common.Abstractions;

/// <summary>Who is acting: a signed-in user or an API client. Never carries personal identifiers.</summary>
public interface ICurrentActor
{
    bool IsAuthenticated { get; }
    Guid? UserId { get; }
    Guid? ApiKeyId { get; }

    /// <summary>Null for platform administrators and platform keys.</summary>
    Guid? TenantId { get; }
    bool IsPlatform { get; }
    string? Department { get; }

    /// <summary>For citizens: the subject they are.</summary>
    Guid? SubjectId { get; }

    /// <summary>A short, loggable label: "user:{id}" or "key:{id}".</summary>
    string Label { get; }
    bool HasScope(string scope);
    bool IsInRole(string role);
}
