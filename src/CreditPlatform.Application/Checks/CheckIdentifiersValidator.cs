using CreditPlatform.Domain.Lists;
using FluentValidation;
using FluentValidation.Results;

namespace CreditPlatform.Application.Checks;

/// <summary>
/// The check's rules, built once: validators are resolved per request, and building FluentValidation
/// rules (expression parsing, display names) would cost a check more than answering it.
/// </summary>
public sealed class CheckIdentifiersValidator : IValidator<CheckIdentifiers>
{
    private static readonly Rules Shared = new();
    private static readonly IValidator Untyped = Shared;

    public ValidationResult Validate(CheckIdentifiers instance) => Shared.Validate(instance);

    public Task<ValidationResult> ValidateAsync(CheckIdentifiers instance, CancellationToken cancellation = default) =>
        Shared.ValidateAsync(instance, cancellation);

    public ValidationResult Validate(IValidationContext context) => Untyped.Validate(context);

    public Task<ValidationResult> ValidateAsync(IValidationContext context, CancellationToken cancellation = default) =>
        Untyped.ValidateAsync(context, cancellation);

    public IValidatorDescriptor CreateDescriptor() => Shared.CreateDescriptor();

    public bool CanValidateInstancesOfType(Type type) => Untyped.CanValidateInstancesOfType(type);

    private sealed class Rules : AbstractValidator<CheckIdentifiers>
    {
        public Rules()
        {
            RuleFor(x => x.Identifiers).NotEmpty().WithMessage("Name at least one identifier.")
                .Must(l => l is null || l.Count <= CheckIdentifiers.MaxIdentifiers)
                .WithMessage($"At most {CheckIdentifiers.MaxIdentifiers} identifiers per check.");
            RuleFor(x => x.Measure).Must(Measures.IsKnown).When(x => !string.IsNullOrWhiteSpace(x.Measure))
                .WithMessage("Unknown measure.");
            RuleFor(x => x.Tenant).MaximumLength(Domain.Tenants.Tenant.SlugMaxLength);
        }
    }
}
