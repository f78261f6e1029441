using FluentValidation;
using Mediator;

namespace CreditPlatform.ArchitectureTests.Stray;

/// <summary>A request placed the way the layout forbids, so that <see cref="UseCaseLayoutTests"/> can see its rule fail.</summary>
public sealed record StrayRequest(int Value) : IRequest<int>;

/// <summary>A validator of the stray request that is named for nothing.</summary>
public sealed class StrayRules : AbstractValidator<StrayRequest>;
