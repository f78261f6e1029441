using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

internal sealed class SchemeDraftConfiguration : IEntityTypeConfiguration<SchemeDraft>
{
    public void Configure(EntityTypeBuilder<SchemeDraft> builder)
    {
        builder.ToTable("scheme_drafts");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.Property(d => d.Definition).HasJsonConversion();
        builder.Property(d => d.Status).HasConversion<string>();
        builder.Property(d => d.RejectionReason).HasMaxLength(SchemeDraft.ReasonMaxLength);
    }
}
