using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;

namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>
/// The one comparison behind every four-eyes check on rules and platform guardrails: the second official must not
/// be the first. Compared by the actor's label, which names the signed-in user (or the key) today.
/// </summary>
public static class RuleFourEyes
{
    public const string Code = "four_eyes";

    public static bool IsSamePerson(string firstActor, ICurrentActor actor) => string.Equals(firstActor, actor.Label, StringComparison.Ordinal);

    /// <summary>Refuses when <paramref name="actor"/> is who did the first step (<paramref name="firstActor"/>).</summary>
    /// <param name="field">Extension naming the first step's actor in the problem details ("draftedBy", "requestedBy").</param>
    public static void Ensure(string firstActor, ICurrentActor actor, string field, string message)
    {
        if (IsSamePerson(firstActor, actor))
        {
            throw new BusinessRuleException(Code, message, new Dictionary<string, object?> { [field] = firstActor });
        }
    }
}
