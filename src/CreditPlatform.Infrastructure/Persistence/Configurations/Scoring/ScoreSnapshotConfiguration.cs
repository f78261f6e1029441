using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

internal sealed class ScoreSnapshotConfiguration : IEntityTypeConfiguration<ScoreSnapshot>
{
    public void Configure(EntityTypeBuilder<ScoreSnapshot> builder)
    {
        builder.ToTable("score_snapshots");
        builder.HasKey(s => new { s.TenantId, s.SubjectId, s.Month });
        builder.Property(s => s.Band).HasMaxLength(CreditEvent.BandMaxLength);
    }
}
