using CreditPlatform.Application.Common.Behaviours;
using Mediator;

namespace CreditPlatform.Application.Common.Jobs.RunTenantJob;

/// <summary>One pass of a scheduled job in the scope's jurisdiction, as of <paramref name="Now"/>.</summary>
public sealed record RunTenantJob(string Job, DateTimeOffset Now) : ICommand<JobPass>;

/// <summary>What one pass did. A pass that handled nothing wrote nothing, so it leaves no audit row.</summary>
public sealed record JobPass(int Handled) : IAuditWhenEffective
{
    public bool Effective => Handled > 0;
}

public sealed class RunTenantJobHandler(IEnumerable<ITenantJob> jobs, IServiceProvider services) : ICommandHandler<RunTenantJob, JobPass>
{
    public async ValueTask<JobPass> Handle(RunTenantJob request, CancellationToken cancellationToken)
    {
        var job = jobs.SingleOrDefault(j => j.Name == request.Job)
            ?? throw new InvalidOperationException($"No scheduled job is named {request.Job}.");
        return new JobPass(await job.RunForTenantAsync(services, request.Now, cancellationToken));
    }
}
