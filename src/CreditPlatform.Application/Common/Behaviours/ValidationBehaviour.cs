using CreditPlatform.Application.Common.Errors;
using FluentValidation;
using Mediator;

namespace CreditPlatform.Application.Common.Behaviours;

/// <summary>Runs every FluentValidation validator of the request; any failure becomes a 400 with field errors and their codes.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IMessage
{
    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            // Built-in validators carry their own name as the code (NotEmptyValidator, ...); custom ones a catalogued code.
            throw new RequestValidationException(failures
                .Select(f => new FieldFailure(ToCamelCase(f.PropertyName), f.ErrorCode ?? "", f.ErrorMessage))
                .ToList());
        }

        return await next(request, cancellationToken);
    }

    private static string ToCamelCase(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
