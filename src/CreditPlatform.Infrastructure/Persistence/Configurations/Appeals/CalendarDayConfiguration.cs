using CreditPlatform.Domain.Appeals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Appeals;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("calendar_days");
        builder.HasKey(d => d.Day);
        builder.Property(d => d.Day).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasConversion<string>();
        builder.Property(d => d.NameZh).HasMaxLength(CalendarDay.NameMaxLength);
        builder.Property(d => d.NameEn).HasMaxLength(CalendarDay.NameMaxLength);
    }
}
