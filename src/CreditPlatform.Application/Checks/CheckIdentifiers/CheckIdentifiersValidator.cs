using CreditPlatform.Domain.Lists;
using FluentValidation.Results;
using FluentValidation;

namespace CreditPlatform.Application.Checks.CheckIdentifiers;

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

    /// <summary>
    /// The same rules as one plain test, for the check's hot path, where building a validation context per request
    /// cost more than the check itself. Unit tests hold it in step with <see cref="Rules"/>.
    /// </summary>
    public static bool Accepts(CheckIdentifiers check) =>
        check.Identifiers is { Count: > 0 and <= CheckIdentifiers.MaxIdentifiers }
        && (string.IsNullOrWhiteSpace(check.Measure) || Measures.IsKnown(check.Measure))
        && (check.Tenant is null || check.Tenant.Length <= Domain.Tenants.Tenant.SlugMaxLength);

    private sealed class Rules : AbstractValidator<CheckIdentifiers>
    {
        public Rules()
        {
            RuleFor(x => x.Identifiers).NotEmpty().WithErrorCode(CheckErrorCodes.IdentifiersRequired).WithMessage("Name at least one identifier.")
                .Must(l => l is null || l.Count <= CheckIdentifiers.MaxIdentifiers)
                .WithErrorCode(CheckErrorCodes.IdentifiersTooMany).WithMessage($"At most {CheckIdentifiers.MaxIdentifiers} identifiers per check.");
            RuleFor(x => x.Measure).Must(Measures.IsKnown).When(x => !string.IsNullOrWhiteSpace(x.Measure))
                .WithErrorCode(CheckErrorCodes.MeasureUnknown).WithMessage("Unknown measure.");
            RuleFor(x => x.Tenant).MaximumLength(Domain.Tenants.Tenant.SlugMaxLength);
        }
    }
}
