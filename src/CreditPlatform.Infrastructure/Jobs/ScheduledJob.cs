using Quartz;

namespace CreditPlatform.Infrastructure.Jobs;

/// <summary>
/// The Quartz job behind every scheduled job: its key's name is the <see cref="Application.Common.Jobs.ITenantJob"/>'s.
/// The clustered store hands each firing to one instance, and no firing of a job starts while another runs.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ScheduledJob(JobRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await runner.RunOnceAsync(context.JobDetail.Key.Name, cancellationToken: cancellationToken);
}
