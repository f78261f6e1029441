using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Application.Subjects;

public sealed record SubjectDto(Guid Id, string Kind, string MaskedIdentifier, string Name, SubjectRefDto? LegalRepresentative, ContactDto? Contact)
    : ISubjectResult
{
    Guid ISubjectResult.SubjectId => Id;

    public static string KindName(SubjectKind kind) => kind == SubjectKind.Person ? "person" : "organization";
}

/// <summary>The subject's contact address, masked; null when none is on file.</summary>
public sealed record ContactDto(string? Email, string? Phone)
{
    public static ContactDto? Of(Subject subject) => subject.MaskedEmail is null && subject.MaskedPhone is null
        ? null
        : new ContactDto(subject.MaskedEmail, subject.MaskedPhone);
}

public sealed record SubjectRefDto(Guid Id, string MaskedIdentifier, string Name);

public static class SubjectKinds
{
    public static SubjectKind? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "person" => SubjectKind.Person,
        "organization" or "organisation" => SubjectKind.Organization,
        _ => null,
    };
}
