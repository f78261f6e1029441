namespace CreditPlatform.Application.Common.Jobs;

/// <summary>
/// One kind of scheduled work, done one jurisdiction at a time: sent as <see cref="RunTenantJob.RunTenantJob"/> inside that tenant's
/// scope, so it runs in the command's transaction and is audited under the job's <see cref="Actors.SystemActor"/>.
/// </summary>
public interface ITenantJob
{
    /// <summary>The job's name: its Quartz job key, its row in job_runs and its actor ("system:{name}").</summary>
    string Name { get; }

    /// <summary>
    /// When true, a pass that handled something is followed by another in the same firing, each its own command and
    /// transaction, until one handles nothing: for jobs that bound the work of one pass (a batch, one subject).
    /// </summary>
    bool RunsUntilDone => false;

    /// <summary>Does what is due in the scope's tenant; must not open a transaction of its own and must change nothing when run again.</summary>
    /// <returns>How many items it handled.</returns>
    Task<int> RunForTenantAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct);
}
