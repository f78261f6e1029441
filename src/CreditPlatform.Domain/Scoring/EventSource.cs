namespace CreditPlatform.Domain.Scoring;

/// <summary>How an event reached the platform; the transparency report counts events by source.</summary>
public enum EventSource
{
    Api,
    Form,
    Csv,
    Seed,
}
