using CreditPlatform.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Tenants;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("tenants");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Slug).HasMaxLength(Tenant.SlugMaxLength);
        builder.Property(t => t.Name).HasMaxLength(Tenant.NameMaxLength);
        builder.Property(t => t.NameZh).HasMaxLength(Tenant.NameMaxLength);
        builder.Property(t => t.NameEn).HasMaxLength(Tenant.NameMaxLength);
        builder.Property(t => t.Kind).HasConversion<string>();
        builder.Property(t => t.TimeZone).HasMaxLength(Tenant.TimeZoneMaxLength);
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}
