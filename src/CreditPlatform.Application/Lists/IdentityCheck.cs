using System.Security.Cryptography;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Application.Lists;

/// <summary>
/// Decides when a listing must wait for a human to confirm who it names, so that a namesake or the holder of a
/// mistyped legacy code is never restricted by someone else's entry.
/// </summary>
public static class IdentityCheck
{
    public const int MaxUnverifiedLength = 32;

    public static bool NeedsConfirmation(bool requested, SubjectKind kind, string? identifier)
    {
        if (requested || string.IsNullOrWhiteSpace(identifier))
        {
            return true;
        }

        // A credit code whose embedded legacy organisation code fails its own check character was most likely
        // copied from an old certificate with a mistake: flagged for a person, not trusted, not refused.
        return kind == SubjectKind.Organization
            && UnifiedSocialCreditCode.Validate(identifier) is null
            && !UnifiedSocialCreditCode.HasValidOrganisationCode(Identifier.Normalize(identifier));
    }

    /// <summary>A lookup hash no identifier produces, so a held entry without one matches no check and collides with nothing.</summary>
    public static byte[] Unmatchable() => RandomNumberGenerator.GetBytes(32);
}
