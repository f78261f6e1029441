using CreditPlatform.Application.Scoring;

namespace CreditPlatform.Application.Simulations;

/// <summary>Every code with which a simulation fails (a field failure's code); they never change.</summary>
public static class SimulationErrorCodes
{
    /// <summary>A simulation period that does not end after it starts.</summary>
    public const string PeriodEndsBeforeStart = "period_ends_before_start";

    /// <summary>A simulation period longer than a simulation replays.</summary>
    public const string PeriodTooLong = "period_too_long";

    /// <summary>A simulation without a drafted change (a rule or new band thresholds).</summary>
    public const string ChangeRequired = "simulation_change_required";

    /// <summary>A simulated rule with more than 10 caps.</summary>
    public const string CapsTooMany = "caps_too_many";

    /// <summary>A simulation with more than 20 bands.</summary>
    public const string BandsTooMany = "bands_too_many";

    /// <summary>Simulated bands not best first: the same code as a scheme's.</summary>
    public const string BandsNotOrdered = SchemeErrorCodes.BandsNotOrdered;
}
