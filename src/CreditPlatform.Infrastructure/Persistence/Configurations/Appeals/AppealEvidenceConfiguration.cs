using CreditPlatform.Domain.Appeals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Appeals;

internal sealed class AppealEvidenceConfiguration : IEntityTypeConfiguration<AppealEvidence>
{
    public void Configure(EntityTypeBuilder<AppealEvidence> builder)
    {
        builder.ToTable("appeal_evidence");
        builder.HasKey(e => new { e.TenantId, e.Id });
        builder.Property(e => e.FileName).HasMaxLength(AppealEvidence.FileNameMaxLength);
        builder.HasOne<Appeal>().WithMany()
            .HasForeignKey(e => new { e.TenantId, e.AppealId })
            .HasConstraintName("fk_appeal_evidence_appeals");
    }
}
