namespace CreditPlatform.Domain.Subjects;

/// <summary>Why a subject's datum (identifier, contact) fails its check: a <see cref="SubjectErrorCodes"/> code and the English reason (never echoing the value).</summary>
public sealed record SubjectError(string Code, string Message)
{
    public override string ToString() => Message;
}
