using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

internal sealed class RuleVersionConfiguration : IEntityTypeConfiguration<RuleVersion>
{
    public void Configure(EntityTypeBuilder<RuleVersion> builder)
    {
        builder.ToTable("scoring_rules");
        builder.HasKey(r => new { r.TenantId, r.Code, r.Version });
        builder.Property(r => r.Code).HasMaxLength(RuleVersion.CodeMaxLength);
        builder.Property(r => r.TitleZh).HasMaxLength(RuleVersion.TitleMaxLength);
        builder.Property(r => r.TitleEn).HasMaxLength(RuleVersion.TitleMaxLength);
        builder.Property(r => r.Category).HasMaxLength(RuleVersion.CategoryMaxLength);
        builder.Property(r => r.LegalBasis).HasMaxLength(RuleVersion.LegalBasisMaxLength);
        builder.Property(r => r.RejectionReason).HasMaxLength(RuleVersion.ReasonMaxLength);
        builder.Property(r => r.SubjectKinds).HasJsonConversion();
        builder.Property(r => r.Delta).HasJsonConversion();
        builder.Property(r => r.Caps).HasJsonConversion();
        builder.Property(r => r.BandOverride).HasJsonConversion();
        builder.Property(r => r.Status).HasConversion<string>();
        builder.Ignore(r => r.IsApproved);
    }
}
