using CreditPlatform.Application.Common.Validation;
using CreditPlatform.Domain.Subjects;
using FluentValidation;

namespace CreditPlatform.Application.Subjects;

public sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        RuleFor(x => x.Email).Custom((value, ctx) =>
        {
            if (!string.IsNullOrWhiteSpace(value) && ContactAddress.ValidateEmail(value) is { } error)
            {
                ctx.Fail(error.Code, error.Message);
            }
        });
        RuleFor(x => x.Phone).Custom((value, ctx) =>
        {
            if (!string.IsNullOrWhiteSpace(value) && ContactAddress.ValidatePhone(value) is { } error)
            {
                ctx.Fail(error.Code, error.Message);
            }
        });
    }
}
