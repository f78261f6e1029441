using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

internal sealed class SubjectScoreConfiguration : IEntityTypeConfiguration<SubjectScore>
{
    public void Configure(EntityTypeBuilder<SubjectScore> builder)
    {
        builder.ToTable("scores");
        builder.HasKey(s => new { s.TenantId, s.SubjectId });
        builder.Property(s => s.Band).HasMaxLength(CreditEvent.BandMaxLength);
        builder.Property(s => s.BandOverride).HasMaxLength(CreditEvent.BandMaxLength);
        builder.Ignore(s => s.State);
    }
}
