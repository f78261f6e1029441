namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>Configuration section "DueProcess".</summary>
public sealed class DueProcessOptions
{
    /// <summary>Whether the due-process jobs are scheduled (they can still be run on demand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each due-process job fires (once across all instances).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many days before an appeal window closes the subject is reminded.</summary>
    public int AppealReminderDays { get; set; } = 3;
}
