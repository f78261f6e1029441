using CreditPlatform.Domain.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Lists;

internal sealed class ListEntryConfiguration : IEntityTypeConfiguration<ListEntry>
{
    public void Configure(EntityTypeBuilder<ListEntry> builder)
    {
        builder.ToTable("list_entries");
        builder.HasKey(e => new { e.TenantId, e.Id });
        builder.Property(e => e.SubjectKind).HasConversion<string>();
        builder.Property(e => e.MaskedIdentifier).HasMaxLength(ListEntry.MaskedIdentifierMaxLength);
        builder.Property(e => e.Name).HasMaxLength(Domain.Subjects.Subject.NameMaxLength);
        builder.Property(e => e.Reason).HasMaxLength(ListEntry.ReasonMaxLength);
        builder.Property(e => e.DocumentNumber).HasMaxLength(ListEntry.DocumentNumberMaxLength);
        builder.Property(e => e.Status).HasConversion<string>();
        builder.Property(e => e.RemovalReason).HasConversion<string>();
        builder.Property(e => e.RemovalNote).HasMaxLength(ListEntry.NoteMaxLength);
        builder.Property(e => e.LinkRole).HasConversion<string>();
        builder.HasOne<CreditList>().WithMany()
            .HasForeignKey(e => new { e.TenantId, e.ListId })
            .HasConstraintName("fk_list_entries_lists");

        // Declared so that EF inserts an organisation's entry before its legal representative's.
        builder.HasOne<ListEntry>().WithMany()
            .HasForeignKey(e => new { e.TenantId, e.LinkedToEntryId })
            .HasConstraintName("fk_list_entries_linked_to");
    }
}
