namespace CreditPlatform.Application.Common.Behaviours;

/// <summary>A response of a command that may have done nothing (a scheduled pass that found nothing due): then no audit row.</summary>
public interface IAuditWhenEffective
{
    bool Effective { get; }
}
