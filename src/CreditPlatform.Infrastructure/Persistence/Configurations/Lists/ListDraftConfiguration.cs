using CreditPlatform.Domain.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Lists;

internal sealed class ListDraftConfiguration : IEntityTypeConfiguration<ListDraft>
{
    public void Configure(EntityTypeBuilder<ListDraft> builder)
    {
        builder.ToTable("list_drafts");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.Property(d => d.Code).HasMaxLength(CreditList.CodeMaxLength);
        builder.Property(d => d.Name).HasMaxLength(CreditList.NameMaxLength);
        builder.Property(d => d.Proposal).HasColumnType("jsonb");
        builder.Property(d => d.Status).HasConversion<string>();
        builder.Property(d => d.RejectionReason).HasMaxLength(ListDraft.ReasonMaxLength);
    }
}
