using CreditPlatform.Application.Common.Validation;
using CreditPlatform.Application.Subjects;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Subjects;
using FluentValidation;

namespace CreditPlatform.Application.Lists.AddListEntry;

public sealed class AddListEntryValidator : AbstractValidator<AddListEntry>
{
    public AddListEntryValidator()
    {
        RuleFor(x => x.Kind)
            .Must(k => SubjectKinds.Parse(k) is not null)
            .WithErrorCode(SubjectErrorCodes.KindInvalid).WithMessage("Kind must be \"person\" or \"organization\".");
        RuleFor(x => x.Identifier)
            .Custom((value, ctx) =>
            {
                if (ctx.InstanceToValidate.PendingIdentification)
                {
                    if (value is { Length: > IdentityCheck.MaxUnverifiedLength })
                    {
                        ctx.Fail(ListErrorCodes.UnverifiedIdentifierTooLong, $"An identifier has at most {IdentityCheck.MaxUnverifiedLength} characters.");
                    }

                    return;
                }

                if (SubjectKinds.Parse(ctx.InstanceToValidate.Kind) is { } kind && Identifier.Validate(kind, value) is { } error)
                {
                    ctx.Fail(error.Code, error.Message + " If only the name is known, send \"pendingIdentification\": true.");
                }
            });
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Subject.NameMaxLength);
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode(ListErrorCodes.ListingReasonRequired).WithMessage("Say why the subject is listed.").MaximumLength(ListEntry.ReasonMaxLength);
        RuleFor(x => x.DocumentNumber).NotEmpty().WithErrorCode(ListErrorCodes.ListingDocumentRequired).WithMessage("A listing rests on a legally effective document: give its number.")
            .MaximumLength(ListEntry.DocumentNumberMaxLength);
        RuleFor(x => x.ExpiresAt).GreaterThan(x => x.ListedAt).When(x => x.ListedAt is not null && x.ExpiresAt is not null)
            .WithErrorCode(ListErrorCodes.ExpiryNotAfterListing).WithMessage("The expiry must come after the listing date.");
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
