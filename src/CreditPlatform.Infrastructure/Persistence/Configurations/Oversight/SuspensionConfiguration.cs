using CreditPlatform.Domain.Oversight;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Oversight;

internal sealed class SuspensionConfiguration : IEntityTypeConfiguration<Suspension>
{
    public void Configure(EntityTypeBuilder<Suspension> builder)
    {
        builder.ToTable("suspensions");
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.Property(s => s.Target).HasConversion<string>();
        builder.Ignore(s => s.InForce);
    }
}
