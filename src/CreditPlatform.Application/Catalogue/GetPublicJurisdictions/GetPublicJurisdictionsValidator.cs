using FluentValidation;

namespace CreditPlatform.Application.Catalogue.GetPublicJurisdictions;

public sealed class GetPublicJurisdictionsValidator : AbstractValidator<GetPublicJurisdictions>
{
    public GetPublicJurisdictionsValidator() => RuleFor(x => x.Search).MaximumLength(GetPublicJurisdictionsHandler.SearchMaxLength);
}
