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
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.Property(s => s.Reason).HasMaxLength(2000);
        builder.Property(s => s.LiftNote).HasMaxLength(2000);
        builder.Property(s => s.SuspendedByName).HasMaxLength(200);
        builder.Property(s => s.SuspendedByDepartment).HasMaxLength(200);
        builder.Property(s => s.SuspendedByAuthority).HasMaxLength(200);
        builder.Property(s => s.LiftProposedByName).HasMaxLength(200);
        builder.Property(s => s.LiftedByName).HasMaxLength(200);
    }
}
