using CreditPlatform.Domain.Subjects;
using FluentValidation;

namespace CreditPlatform.Application.Subjects.SearchSubjects;

public sealed class SearchSubjectsValidator : AbstractValidator<SearchSubjects>
{
    public SearchSubjectsValidator()
    {
        RuleFor(x => x.NamePrefix)
            .Must(p => !string.IsNullOrWhiteSpace(p)).WithErrorCode(SubjectErrorCodes.NamePrefixRequired).WithMessage("Type the first characters of a name.")
            .MaximumLength(Subject.NameMaxLength);
        RuleFor(x => x.PageNumber).InclusiveBetween(1, SearchSubjects.MaxPageNumber);
    }
}
