namespace CreditPlatform.Web.Charts;

/// <summary>One bar: its label on the axis and its value.</summary>
public sealed record ChartBar(string Label, int Value);

/// <summary>One stacked column: its label and the value of each series in it.</summary>
public sealed record ChartStack(string Label, IReadOnlyDictionary<string, int> Values);
