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

    /// <summary>A short, loggable label of the credential: "user:{id}" or "key:{id}".</summary>
    string Label { get; }

    /// <summary>
    /// The person behind the credential, as four eyes and separation of duties compare them: "user:{id}" for a
    /// signed-in user and for a key a user issued (directly or through another of their keys); "key:{id}" for a key
    /// no person issued (seeded or issued by such a key), which is a system actor of its own. Compare it with what a
    /// record names through <see cref="Actors.PersonResolver"/>, which resolves recorded key labels the same way.
    /// </summary>
    string Person { get; }

    /// <summary>The user <see cref="Person"/> names, or null for a system actor.</summary>
    Guid? PersonUserId { get; }
    bool HasScope(string scope);
    bool IsInRole(string role);
}
