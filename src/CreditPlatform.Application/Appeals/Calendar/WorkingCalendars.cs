using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Appeals;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.Calendar;

/// <summary>A jurisdiction's working calendar: the platform's schedule of holidays, counted in the jurisdiction's zone.</summary>
public sealed record TenantCalendar(WorkingCalendar Calendar, TimeZoneInfo Zone)
{
    /// <summary>The last second, in the jurisdiction's zone, of the day <paramref name="workingDays"/> working days after <paramref name="start"/>.</summary>
    public DateTimeOffset DeadlineAfter(DateTimeOffset start, int workingDays) =>
        Calendar.DeadlineAfter(start, workingDays, Zone).ToUniversalTime();
}

public static class WorkingCalendars
{
    /// <summary>
    /// The calendar every working-day deadline of <paramref name="tenantId"/> uses. The schedule holds a few dozen
    /// days a year, so the days from a year back on are read whole.
    /// </summary>
    public static async Task<TenantCalendar> ForTenantAsync(IAppDbContext db, Guid tenantId, DateTimeOffset now, CancellationToken ct)
    {
        var zone = await ZoneOfAsync(db, tenantId, ct);
        var from = DateOnly.FromDateTime(now.UtcDateTime).AddYears(-1);
        var days = await db.Set<CalendarDay>().AsNoTracking().Where(d => d.Day >= from).ToListAsync(ct);
        return new TenantCalendar(WorkingCalendar.From(days), zone);
    }

    /// <summary>The jurisdiction's time zone: the one it names, or China Standard Time when it names none or an unknown one.</summary>
    public static async Task<TimeZoneInfo> ZoneOfAsync(IAppDbContext db, Guid tenantId, CancellationToken ct)
    {
        var zoneId = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.TimeZone).FirstOrDefaultAsync(ct);
        return (zoneId is null ? null : WorkingCalendar.FindZone(zoneId)) ?? WorkingCalendar.ChinaStandardTime;
    }
}
