namespace CreditPlatform.Domain.Scoring;

/// <summary>Why a rule is refused.</summary>
/// <param name="Guardrail">One of <see cref="GuardrailNames"/>.</param>
/// <param name="Source">The <see cref="GuardrailSet.Name"/> that imposes the limit.</param>
/// <param name="Message">Plain English naming the guardrail and its limit.</param>
public sealed record GuardrailViolation(string Guardrail, string Source, string Message);
