using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("ledger_entries");
        builder.HasKey(e => new { e.TenantId, e.Id });
        builder.Property(e => e.RuleCode).HasMaxLength(RuleVersion.CodeMaxLength);
        builder.Property(e => e.BandOverride).HasMaxLength(CreditEvent.BandMaxLength);
        builder.Property(e => e.Reason).HasMaxLength(LedgerEntry.ReasonMaxLength);
        builder.Property(e => e.Department).HasMaxLength(CreditEvent.DepartmentMaxLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.Ignore(e => e.IsReversal);
        builder.HasIndex(e => new { e.TenantId, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.ReversesId }).IsUnique().HasFilter("reverses_id IS NOT NULL");
        builder.HasIndex(e => new { e.TenantId, e.SubjectId, e.RuleCode, e.OccurredAt }).IncludeProperties(e => e.Points);
    }
}
