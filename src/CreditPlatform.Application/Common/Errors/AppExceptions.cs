namespace CreditPlatform.Application.Common.Errors;

/// <summary>
/// One failed check of a field: <paramref name="Code"/> names the case for clients and pages (a catalogued code,
/// or FluentValidation's validator name such as <c>NotEmptyValidator</c> for its built-in checks),
/// <paramref name="Message"/> is the API's text.
/// </summary>
public sealed record FieldFailure(string Field, string Code, string Message);

/// <summary>Bad input: 400 with an errors map keyed by field, and each failure's code.</summary>
public sealed class RequestValidationException(IReadOnlyList<FieldFailure> failures)
    : Exception("One or more fields are invalid.")
{
    /// <summary>Every failure in the order the checks found them.</summary>
    public IReadOnlyList<FieldFailure> Failures { get; } = failures;

    /// <summary>The API's messages by field (the problem document's <c>errors</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = failures
        .GroupBy(f => f.Field, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(f => f.Message).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>The failures' codes by field (the problem document's <c>codes</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Codes { get; } = failures
        .GroupBy(f => f.Field, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(f => f.Code).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>One field's failure; <paramref name="code"/> comes from the area's catalogue (<c>…ErrorCodes</c>).</summary>
    public static RequestValidationException For(string field, string code, string message) =>
        new([new FieldFailure(field, code, message)]);
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
