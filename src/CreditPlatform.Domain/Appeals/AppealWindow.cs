namespace CreditPlatform.Domain.Appeals;

/// <summary>
/// The time a subject has to object, counted in calendar days from the notification (Yiwu's 15 days;
/// each scheme and list may set its own). The window closes at the end of its last day.
/// </summary>
public readonly record struct AppealWindow(DateTimeOffset NotifiedAt, int Days)
{
    public const int DefaultDays = 15;

    public DateTimeOffset ClosesAt => NotifiedAt.AddDays(Days);

    public bool IsOpenAt(DateTimeOffset now) => now <= ClosesAt;

    /// <summary>
    /// The window opened again from <paramref name="at"/> when that is later (a higher authority suspended the entry's
    /// rule or list, and its subjects may ask for a review); unchanged otherwise.
    /// </summary>
    public AppealWindow ReopenedAt(DateTimeOffset? at) => at is { } from && from > NotifiedAt ? this with { NotifiedAt = from } : this;
}
