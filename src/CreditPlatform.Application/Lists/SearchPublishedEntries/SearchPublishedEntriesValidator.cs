using CreditPlatform.Application.Common.Abstractions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.SearchPublishedEntries;

public sealed class SearchPublishedEntriesValidator : AbstractValidator<SearchPublishedEntries>
{
    public SearchPublishedEntriesValidator()
    {
        RuleFor(x => x.Name).MaximumLength(SearchPublishedEntries.NameMaxLength);
        RuleFor(x => x.List).MaximumLength(Domain.Lists.CreditList.CodeMaxLength);
        RuleFor(x => x.Page).InclusiveBetween(1, 10_000).When(x => x.Page is not null);
    }
}
