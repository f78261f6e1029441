using CreditPlatform.Domain.Appeals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Appeals;

internal sealed class NotificationChannelDeliveryConfiguration : IEntityTypeConfiguration<NotificationChannelDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationChannelDelivery> builder)
    {
        builder.ToTable("notification_deliveries");
        builder.HasKey(d => new { d.TenantId, d.NotificationId, d.Channel });
        builder.Property(d => d.Channel).HasMaxLength(NotificationChannelDelivery.ChannelMaxLength);
    }
}
