using System.Text.Json;
using CreditPlatform.Application.Common.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using CreditPlatform.Web.Hardening;
using Npgsql;

namespace CreditPlatform.Web.Errors;

/// <summary>Turns every exception into RFC 9457 problem details; bad input is never a 500.</summary>
public sealed class AppExceptionHandler(IProblemDetailsService problems, ILogger<AppExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestValidationException v => Invalid(v),
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = b.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large." : "The request could not be read.",
                Detail = DescribeBadRequest(b),
            },
            JsonException => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The request body is not valid JSON." },
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = n.Message },
            ConflictException c => WithExtensions(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = c.Message }, c.Code, c.Extensions),
            ForbiddenException f => WithExtensions(new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = f.Message }, null, f.Extensions),
            BusinessRuleException r => BusinessRule(r),
            ServiceUnavailableException u => Unavailable(httpContext, u),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ when DatabaseFailures.IsUnavailable(exception) => Unavailable(httpContext),
            _ when Find<PostgresException>(exception) is { SqlState: "22021" or "22P05" } => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request contains text that cannot be stored.",
            },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
        };

        if (problem is null)
        {
            return true;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable && exception is not ServiceUnavailableException)
        {
            // Operators need to tell a restart from a timeout or a full pool; types and SQL states only, never messages.
            logger.LogWarning("Database unavailable: {ExceptionTypes} (SQL state {SqlState}) at {StackTrace}",
                string.Join(" <- ", Chain(exception).Select(e => e.GetType().Name)), Find<PostgresException>(exception)?.SqlState, exception.StackTrace);
        }
        else if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            // The exception type and stack only: messages may quote input.
            logger.LogError("Unhandled {ExceptionType} at {StackTrace}", exception.GetType().FullName, exception.StackTrace);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// 400: <c>errors</c> holds each field's messages (English, for people), <c>codes</c> each field's failure codes
    /// (stable, for programs: a catalogued code, or FluentValidation's validator name for a built-in check).
    /// </summary>
    private static HttpValidationProblemDetails Invalid(RequestValidationException v) => new(v.Errors.ToDictionary(e => e.Key, e => e.Value))
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "One or more fields are invalid.",
        Extensions = { ["codes"] = v.Codes },
    };

    /// <summary>
    /// The database is restarting or unreachable: the client should retry. Idle pooled connections
    /// are dropped so that the next request opens a fresh one instead of finding a dead socket.
    /// </summary>
    private static ProblemDetails Unavailable(HttpContext httpContext)
    {
        httpContext.RequestServices.GetService<NpgsqlDataSource>()?.Clear();
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The service is briefly unavailable.",
            Detail = "The database cannot be reached right now. Retry in a few seconds.",
        };
    }

    private const string RetryAfterSeconds = "5";

    private static ProblemDetails Unavailable(HttpContext httpContext, ServiceUnavailableException u)
    {
        httpContext.Response.Headers.RetryAfter = u.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = "The service is briefly unavailable.", Detail = u.Message };
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private static T? Find<T>(Exception exception)
        where T : Exception => Chain(exception).OfType<T>().FirstOrDefault();

    private static ProblemDetails BusinessRule(BusinessRuleException r) => WithExtensions(new ProblemDetails
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = "The request breaks a rule of the platform.",
        Detail = r.Message,
    }, r.Code, r.Extensions);

    /// <summary>A problem's machine-readable <c>code</c> (also its type) and further members.</summary>
    private static ProblemDetails WithExtensions(ProblemDetails problem, string? code, IReadOnlyDictionary<string, object?> extensions)
    {
        if (code is not null)
        {
            problem.Type = "https://creditplatform.example/problems/" + code;
            problem.Extensions["code"] = code;
        }

        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    private static string DescribeBadRequest(BadHttpRequestException b) =>
        b.InnerException is JsonException json
            ? $"The request body is not valid JSON for this endpoint{(json.Path is { } path ? $" (at {path})" : "")}."
            : b.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body exceeds the size limit."
                : "The request is malformed: check the body's JSON and the route parameters.";
}
