using System.Diagnostics.CodeAnalysis;

namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// A value or the reason there is none. A struct, because the batch path evaluates every event
/// and refusals are ordinary outcomes there, not exceptional ones.
/// </summary>
public readonly struct ScoringResult<T>
{
    private ScoringResult(T? value, ScoringError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public ScoringError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static implicit operator ScoringResult<T>(T value) => new(value, null);

    public static implicit operator ScoringResult<T>(ScoringError error) => new(default, error);
}
