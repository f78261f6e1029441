using FluentValidation;

namespace CreditPlatform.Application.Gathering.FindResidents;

public sealed class FindResidentsValidator : AbstractValidator<FindResidents>
{
    public FindResidentsValidator() =>
        RuleFor(x => x.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithErrorCode(GatheringErrorCodes.ResidentSearchTextRequired).WithMessage("Type part of a name, or its pinyin initials.")
            .MaximumLength(FindResidents.TextMaxLength);
}
