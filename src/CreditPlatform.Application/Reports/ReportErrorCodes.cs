namespace CreditPlatform.Application.Reports;

/// <summary>Every code with which verifying a score report fails (a field failure's code); they never change.</summary>
public static class ReportErrorCodes
{
    /// <summary>A verification without the code printed on the report.</summary>
    public const string ReportCodeRequired = "report_code_required";

    /// <summary>A report code that cannot be one (16 letters and digits).</summary>
    public const string ReportCodeShape = "report_code_shape";
}
