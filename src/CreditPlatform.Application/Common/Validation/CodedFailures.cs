using FluentValidation;
using FluentValidation.Results;

namespace CreditPlatform.Application.Common.Validation;

/// <summary>
/// Custom failures carry a code of the area's catalogue (<c>…ErrorCodes</c>) besides the English message, so that
/// pages translate by code. (Rules set theirs with <c>.WithErrorCode(…)</c> right before their message.)
/// </summary>
public static class CodedFailures
{
    /// <summary>A failure of the property being validated.</summary>
    public static void Fail<T>(this ValidationContext<T> context, string code, string message) =>
        context.AddFailure(new ValidationFailure(context.PropertyPath, message) { ErrorCode = code });

    /// <summary>A failure of a named field.</summary>
    public static void Fail<T>(this ValidationContext<T> context, string field, string code, string message) =>
        context.AddFailure(new ValidationFailure(field, message) { ErrorCode = code });
}
