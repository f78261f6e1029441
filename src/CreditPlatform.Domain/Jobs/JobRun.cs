namespace CreditPlatform.Domain.Jobs;

/// <summary>The last pass of one scheduled job, across every instance: platform-level, not tenant-owned.</summary>
public sealed class JobRun
{
    public const int NameMaxLength = 100;
    public const int ErrorMaxLength = 2000;

    public string JobName { get; set; } = "";
    public DateTimeOffset LastRunAt { get; set; }
    public int ItemsProcessed { get; set; }
    public string? LastError { get; set; }
}
