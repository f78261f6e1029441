using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

internal sealed class CreditEventConfiguration : IEntityTypeConfiguration<CreditEvent>
{
    public void Configure(EntityTypeBuilder<CreditEvent> builder)
    {
        builder.ToTable("credit_events");
        builder.HasKey(e => new { e.TenantId, e.Id });
        builder.Property(e => e.IdempotencyKey).HasMaxLength(CreditEvent.IdempotencyKeyMaxLength);
        builder.Property(e => e.RuleCode).HasMaxLength(RuleVersion.CodeMaxLength);
        builder.Property(e => e.DocumentNumber).HasMaxLength(CreditEvent.DocumentNumberMaxLength);
        builder.Property(e => e.Evidence).HasMaxLength(CreditEvent.EvidenceMaxLength);
        builder.Property(e => e.Department).HasMaxLength(CreditEvent.DepartmentMaxLength);
        builder.Property(e => e.BandAfter).HasMaxLength(CreditEvent.BandMaxLength);
        builder.Property(e => e.Source).HasConversion<string>();
        builder.HasIndex(e => new { e.TenantId, e.IdempotencyCaller, e.IdempotencyKey }).IsUnique();
    }
}
