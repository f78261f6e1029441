using CreditPlatform.Application.Common.Validation;
using CreditPlatform.Domain.Subjects;
using FluentValidation;

namespace CreditPlatform.Application.Subjects.EnrolSubject;

public sealed class EnrolSubjectValidator : AbstractValidator<EnrolSubject>
{
    public EnrolSubjectValidator()
    {
        RuleFor(x => x.Kind)
            .Must(k => SubjectKinds.Parse(k) is not null)
            .WithErrorCode(SubjectErrorCodes.KindInvalid).WithMessage("Kind must be \"person\" or \"organization\".");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Subject.NameMaxLength);
        RuleFor(x => x.Identifier)
            .Custom((value, ctx) =>
            {
                if (SubjectKinds.Parse(ctx.InstanceToValidate.Kind) is { } kind && Identifier.Validate(kind, value) is { } error)
                {
                    ctx.Fail(error.Code, error.Message);
                }
            });
        RuleFor(x => x.Contact!).SetValidator(new ContactInputValidator()).When(x => x.Contact is not null);
        When(x => x.LegalRepresentative is not null, () =>
        {
            RuleFor(x => x.Kind)
                .Must(k => SubjectKinds.Parse(k) == SubjectKind.Organization)
                .WithErrorCode(SubjectErrorCodes.RepresentativeOnlyForOrganization).WithMessage("Only an organization names a legal representative.");
            RuleFor(x => x.LegalRepresentative!.Name).NotEmpty().MaximumLength(Subject.NameMaxLength);
            RuleFor(x => x.LegalRepresentative!.Identifier)
                .Custom((value, ctx) =>
                {
                    if (Identifier.Validate(SubjectKind.Person, value) is { } error)
                    {
                        ctx.Fail(error.Code, error.Message);
                    }
                });
        });
    }
}
