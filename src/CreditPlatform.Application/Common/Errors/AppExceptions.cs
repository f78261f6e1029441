namespace CreditPlatform.Application.Common.Errors;

/// <summary>Bad input: 400 with an errors map keyed by field.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>404: the resource does not exist in the caller's jurisdiction.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>409: the resource already exists or the state changed under the caller; <paramref name="code"/> names the case for clients.</summary>
public sealed class ConflictException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    public string? Code { get; } = code;
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}

/// <summary>403: authenticated, but this actor may not do this.</summary>
public sealed class ForbiddenException(string message, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}

/// <summary>503 with Retry-After: the answer cannot be given safely right now (never a guess instead).</summary>
public sealed class ServiceUnavailableException(string message, int retryAfterSeconds = 5) : Exception(message)
{
    public int RetryAfterSeconds { get; } = retryAfterSeconds;
}

/// <summary>422: well-formed, but a business rule refuses it (guardrail, four-eyes, closed window).</summary>
public sealed class BusinessRuleException(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(message)
{
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
