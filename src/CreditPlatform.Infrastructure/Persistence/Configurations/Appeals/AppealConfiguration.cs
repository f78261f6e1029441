using CreditPlatform.Domain.Appeals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Appeals;

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> builder)
    {
        builder.ToTable("appeals");
        builder.HasKey(a => new { a.TenantId, a.Id });
        builder.Property(a => a.Target).HasConversion<string>();
        builder.Property(a => a.Status).HasConversion<string>();
        builder.Property(a => a.Reason).HasMaxLength(Appeal.ReasonMaxLength);
        builder.Property(a => a.DecisionReasons).HasMaxLength(Appeal.ReasonMaxLength);
    }
}
