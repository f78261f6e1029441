using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;

namespace CreditPlatform.Application.Common.Actors;

/// <summary>
/// What belongs to the whole country (its guardrails, its working calendar) is changed only by the platform's own
/// actors: a user or key of a jurisdiction is refused whatever scopes it holds.
/// </summary>
public static class PlatformActors
{
    /// <param name="what">What is being changed, for the refusal ("the platform's guardrails").</param>
    public static void EnsurePlatform(this ICurrentActor actor, string what)
    {
        if (!actor.IsPlatform)
        {
            throw new ForbiddenException($"Only platform administrators change {what}.");
        }
    }
}
