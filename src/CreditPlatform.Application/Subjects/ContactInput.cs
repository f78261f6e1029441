using CreditPlatform.Domain.Subjects;
using FluentValidation;

namespace CreditPlatform.Application.Subjects;

/// <summary>An e-mail address and a mobile number where notices go besides the inbox; either may be absent.</summary>
public sealed record ContactInput(string? Email, string? Phone);

public sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        RuleFor(x => x.Email).Custom((value, ctx) =>
        {
            if (!string.IsNullOrWhiteSpace(value) && ContactAddress.ValidateEmail(value) is { } error)
            {
                ctx.AddFailure(error);
            }
        });
        RuleFor(x => x.Phone).Custom((value, ctx) =>
        {
            if (!string.IsNullOrWhiteSpace(value) && ContactAddress.ValidatePhone(value) is { } error)
            {
                ctx.AddFailure(error);
            }
        });
    }
}
