using CreditPlatform.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Appeals;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("job_runs");
        builder.HasKey(r => r.JobName);
        builder.Property(r => r.JobName).HasMaxLength(JobRun.NameMaxLength);
        builder.Property(r => r.LastError).HasMaxLength(JobRun.ErrorMaxLength);
    }
}
