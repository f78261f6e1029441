using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

internal sealed class PlatformGuardrailVersionConfiguration : IEntityTypeConfiguration<PlatformGuardrailVersion>
{
    public void Configure(EntityTypeBuilder<PlatformGuardrailVersion> builder)
    {
        builder.ToTable("platform_guardrail_versions");
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).ValueGeneratedNever();
        builder.Property(v => v.Limits).HasJsonConversion();
        builder.Property(v => v.Status).HasConversion<string>();
        builder.Property(v => v.Note).HasMaxLength(PlatformGuardrailVersion.NoteMaxLength);
        builder.Property(v => v.RejectionReason).HasMaxLength(PlatformGuardrailVersion.NoteMaxLength);
    }
}
