namespace CreditPlatform.Application.Dashboard;

/// <summary>How many of the jurisdiction's subjects stand at one score and band.</summary>
public sealed record ScoreCount(int Score, string? Band, int Count);

/// <summary>Events of one week, category and recording department.</summary>
public sealed record EventCount(DateTime Week, string Category, string Department, int Count);

/// <summary>The dashboard's counts, grouped in SQL so the page costs the same with ten subjects or ten million.</summary>
public interface IDashboardFigures
{
    Task<List<ScoreCount>> ScoresAsync(Guid tenantId, CancellationToken ct);

    Task<List<EventCount>> EventsByWeekAsync(Guid tenantId, DateTimeOffset from, CancellationToken ct);
}
