using CreditPlatform.Domain.Appeals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Appeals;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => new { n.TenantId, n.Id });
        builder.Property(n => n.Kind).HasConversion<string>();
        builder.Property(n => n.TextZh).HasMaxLength(Notification.TextMaxLength);
        builder.Property(n => n.TextEn).HasMaxLength(Notification.TextMaxLength);
        builder.Property(n => n.LegalBasis).HasMaxLength(Notification.LegalBasisMaxLength);
    }
}
