using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring;

internal static class ConcurrentWrites
{
    /// <summary>Two officials creating the same next version at once: the loser gets a 409 to retry, not a 500.</summary>
    public static async Task SaveOrConflictAsync(this IAppDbContext db, string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException(message);
        }
    }
}
