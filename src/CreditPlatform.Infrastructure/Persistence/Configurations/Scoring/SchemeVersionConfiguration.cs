using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

internal sealed class SchemeVersionConfiguration : IEntityTypeConfiguration<SchemeVersion>
{
    public void Configure(EntityTypeBuilder<SchemeVersion> builder)
    {
        builder.ToTable("scoring_schemes");
        builder.HasKey(s => new { s.TenantId, s.Version });
        builder.Property(s => s.Definition).HasJsonConversion();
    }
}
