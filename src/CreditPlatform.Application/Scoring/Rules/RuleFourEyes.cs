using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;

namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>
/// The one comparison behind every four-eyes check on rules and platform guardrails: the second official must not
/// be the first. Compared by person (<see cref="PersonResolver"/>): a key acts for the user who issued it, so the
/// drafter approving with their own key is still the drafter.
/// </summary>
public static class RuleFourEyes
{
    public const string Code = SchemeErrorCodes.FourEyes;

    /// <summary>Refuses when the person acting now is who did the first step (<paramref name="firstActor"/>).</summary>
    /// <param name="field">Extension naming the first step's actor in the problem details ("draftedBy", "requestedBy").</param>
    public static async Task EnsureAsync(PersonResolver persons, string firstActor, string field, string message, CancellationToken ct)
    {
        if (await persons.IsCurrentPersonAsync(firstActor, ct))
        {
            throw new BusinessRuleException(Code, message, new Dictionary<string, object?> { [field] = firstActor });
        }
    }
}
