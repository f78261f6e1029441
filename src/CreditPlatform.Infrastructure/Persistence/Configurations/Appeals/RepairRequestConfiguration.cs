using CreditPlatform.Domain.Appeals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Appeals;

internal sealed class RepairRequestConfiguration : IEntityTypeConfiguration<RepairRequest>
{
    public void Configure(EntityTypeBuilder<RepairRequest> builder)
    {
        builder.ToTable("repair_requests");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.Target).HasConversion<string>();
        builder.Property(r => r.Status).HasConversion<string>();
        builder.Property(r => r.Commitment).HasMaxLength(RepairRequest.CommitmentMaxLength);
        builder.Property(r => r.DecisionReasons).HasMaxLength(Domain.Appeals.Appeal.ReasonMaxLength);
    }
}
