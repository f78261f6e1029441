using CreditPlatform.Domain.Reports;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Reports;

internal sealed class ScoreReportConfiguration : IEntityTypeConfiguration<ScoreReport>
{
    public void Configure(EntityTypeBuilder<ScoreReport> builder)
    {
        builder.ToTable("score_reports");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.SubjectName).HasMaxLength(Subject.NameMaxLength);
        builder.Property(r => r.MaskedIdentifier).HasMaxLength(32);
        builder.Property(r => r.Band).HasMaxLength(CreditEvent.BandMaxLength);
        builder.HasIndex(r => new { r.TenantId, r.CodeHash }).IsUnique();
    }
}
