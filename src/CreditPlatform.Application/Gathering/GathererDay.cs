using CreditPlatform.Application.Appeals.Calendar;
using CreditPlatform.Application.Common.Abstractions;

namespace CreditPlatform.Application.Gathering;

/// <summary>
/// A gatherer's "today": the calendar day in the jurisdiction's zone (China Standard Time when it names none or an
/// unknown one), as instants from its first moment (inclusive) to the next day's (exclusive).
/// </summary>
public readonly record struct GathererDay(DateOnly Day, DateTimeOffset Start, DateTimeOffset End, TimeZoneInfo Zone)
{
    public bool Contains(DateTimeOffset at) => at >= Start && at < End;

    public static async Task<GathererDay> OfAsync(IAppDbContext db, Guid tenantId, DateTimeOffset now, CancellationToken ct) =>
        Of(now, await WorkingCalendars.ZoneOfAsync(db, tenantId, ct));

    public static GathererDay Of(DateTimeOffset now, TimeZoneInfo zone)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return new GathererDay(day, StartOf(day, zone), StartOf(day.AddDays(1), zone), zone);
    }

    /// <summary>The first instant of <paramref name="day"/> in <paramref name="zone"/> (midnight, or the first valid time after a gap).</summary>
    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }

        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
