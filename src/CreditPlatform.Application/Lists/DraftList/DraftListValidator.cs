using CreditPlatform.Application.Common.Validation;
using CreditPlatform.Application.Lists.CreateList;
using FluentValidation;

namespace CreditPlatform.Application.Lists.DraftList;

/// <summary>A draft is held to every rule a created list is: the same fields, the same messages.</summary>
public sealed class DraftListValidator : AbstractValidator<DraftList>
{
    private static readonly CreateListValidator Policy = new();

    public DraftListValidator()
    {
        RuleFor(x => x).Custom((draft, ctx) =>
        {
            foreach (var failure in Policy.Validate(draft.ToCreate()).Errors)
            {
                ctx.Fail(failure.PropertyName, failure.ErrorCode, failure.ErrorMessage);
            }
        });
    }
}
