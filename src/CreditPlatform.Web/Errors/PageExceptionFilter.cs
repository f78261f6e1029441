using CreditPlatform.Application.Common.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CreditPlatform.Web.Errors;

/// <summary>
/// On pages, a missing record or a refused action becomes a status the status pages render in the
/// user's language, instead of the API's problem details. Other failures go on to the exception handler.
/// </summary>
public sealed class PageExceptionFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        context.Result = context.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            ForbiddenException => new StatusCodeResult(StatusCodes.Status403Forbidden),
            _ => null,
        };
        context.ExceptionHandled = context.Result is not null;
    }
}
