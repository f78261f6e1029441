using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Application.Subjects;

public sealed record SubjectDto(Guid Id, string Kind, string MaskedIdentifier, string Name, SubjectRefDto? LegalRepresentative)
    : ISubjectResult
{
    Guid ISubjectResult.SubjectId => Id;

    public static string KindName(SubjectKind kind) => kind == SubjectKind.Person ? "person" : "organization";
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
