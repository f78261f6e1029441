using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CreditPlatform.Web.Errors;

/// <summary>Shows a command's validation errors, in the page's language by their codes, next to the form fields that caused them.</summary>
public static class PageValidation
{
    /// <summary>
    /// Field paths come camelCased from the validators ("legalRepresentative.name"); the form's fields are
    /// named after the bound property ("Data.LegalRepresentative.Name").
    /// </summary>
    public static void AddRequestErrors(this ModelStateDictionary modelState, RequestValidationException exception, string prefix)
    {
        foreach (var failure in exception.Failures)
        {
            var key = string.Join('.', new[] { prefix }.Concat(failure.Field.Split('.').Select(Pascal)).Where(p => p.Length > 0));
            modelState.AddModelError(key, UiText.Validation.For(failure));
        }
    }

    private static string Pascal(string segment) =>
        segment.Length == 0 ? segment : char.ToUpperInvariant(segment[0]) + segment[1..];
}
