using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Tests.Lists;

public sealed class ListEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static CreditList List(RepresentativeTreatment treatment) => new()
    {
        TenantId = Guid.NewGuid(),
        Id = Guid.NewGuid(),
        DefaultDurationDays = 365,
        MaximumDurationDays = 365,
        RepresentativeTreatment = treatment,
        RepresentativeMeasures = treatment == RepresentativeTreatment.Restricted ? [Measures.Flight] : [],
        Measures = [Measures.Flight, Measures.Loan],
    };

    private static ListEntry Company(CreditList list) => new()
    {
        TenantId = list.TenantId,
        Id = Guid.NewGuid(),
        ListId = list.Id,
        SubjectKind = SubjectKind.Organization,
        Reason = "拒不履行",
        DocumentNumber = "(2026)测1号",
        ListedAt = Now,
        ExpiresAt = Now.AddDays(365),
        Status = EntryStatus.Active,
        Measures = list.Measures,
    };

    [Fact]
    public void LinkRepresentative_WhenListRestricts_MakesARestrictedEntryWithTheSubsetFollowingTheCompany()
    {
        var list = List(RepresentativeTreatment.Restricted);
        var company = Company(list);

        var linked = company.LinkRepresentative(list, Guid.NewGuid(), [1], "3201**********123X", "林建国").ShouldNotBeNull();

        linked.LinkRole.ShouldBe(LinkRole.Restricted);
        linked.LinkedToEntryId.ShouldBe(company.Id);
        linked.Measures.ShouldBe([Measures.Flight]);
        linked.SubjectKind.ShouldBe(SubjectKind.Person);
        linked.ExpiresAt.ShouldBe(company.ExpiresAt);
    }

    [Fact]
    public void LinkRepresentative_WhenListCoLists_GivesTheRepresentativeEveryMeasure()
    {
        var list = List(RepresentativeTreatment.CoListed);

        var linked = Company(list).LinkRepresentative(list, Guid.NewGuid(), [1], "x", "孙立新").ShouldNotBeNull();

        linked.LinkRole.ShouldBe(LinkRole.CoListed);
        linked.Measures.ShouldBe([Measures.Flight, Measures.Loan]);
    }

    [Fact]
    public void LinkRepresentative_WhenListDoesNothingToRepresentatives_ReturnsNull()
    {
        var list = List(RepresentativeTreatment.None);

        Company(list).LinkRepresentative(list, Guid.NewGuid(), [1], "x", "y").ShouldBeNull();
    }

    [Fact]
    public void Remove_WhenAlreadyRemoved_Throws()
    {
        var entry = Company(List(RepresentativeTreatment.None));
        entry.Remove(RemovalReason.Performed, null, Now, "key:1");

        Should.Throw<InvalidOperationException>(() => entry.Remove(RemovalReason.Error, null, Now, "key:1"));
    }

    [Fact]
    public void Expire_WhenPastExpiry_RemovesAsExpiredAtTheExpiryTime()
    {
        var entry = Company(List(RepresentativeTreatment.None));

        entry.Expire(Now.AddDays(400), "system");

        entry.Status.ShouldBe(EntryStatus.Removed);
        entry.RemovalReason.ShouldBe(RemovalReason.Expired);
        entry.RemovedAt.ShouldBe(entry.ExpiresAt);
    }

    [Fact]
    public void Expire_WhenNotYetDue_Throws() =>
        Should.Throw<InvalidOperationException>(() => Company(List(RepresentativeTreatment.None)).Expire(Now.AddDays(1), "system"));

    [Fact]
    public void IsInForce_WhenSuspended_IsFalse()
    {
        var entry = Company(List(RepresentativeTreatment.None));

        entry.Suspend();

        entry.IsInForce(Now).ShouldBeFalse();
    }

    [Fact]
    public void IsInForce_WhenActiveButPastExpiry_IsFalse() =>
        Company(List(RepresentativeTreatment.None)).IsInForce(Now.AddDays(365)).ShouldBeFalse();

    [Fact]
    public void RemoveWithLinked_WhenTheOrganisationGoes_TakesItsRepresentativeWithTheSameReason()
    {
        var list = List(RepresentativeTreatment.CoListed);
        var company = Company(list);
        var representative = company.LinkRepresentative(list, Guid.NewGuid(), [1, 2, 3], "1101**********1234", "张三")!;

        var removed = company.RemoveWithLinked([representative], RemovalReason.Performed, new string('x', ListEntry.NoteMaxLength + 5), Now, "user:a");

        removed.ShouldBe([company, representative]);
        removed.ShouldAllBe(e => e.Status == EntryStatus.Removed && e.RemovalReason == RemovalReason.Performed && e.RemovedBy == "user:a");
        company.RemovalNote!.Length.ShouldBe(ListEntry.NoteMaxLength);
        representative.RemovalNote.ShouldBe("Removed with the organisation's entry.");
    }

    [Fact]
    public void RemoveWithLinked_WhenGivenAnEntryLinkedElsewhere_RefusesAndRemovesNothing()
    {
        var list = List(RepresentativeTreatment.CoListed);
        var company = Company(list);
        var other = Company(list).LinkRepresentative(list, Guid.NewGuid(), [4, 5, 6], "1101**********5678", "李四")!;

        Should.Throw<InvalidOperationException>(() => company.RemoveWithLinked([other], RemovalReason.Error, null, Now, "user:a"));
        company.Status.ShouldBe(EntryStatus.Active);
        other.Status.ShouldBe(EntryStatus.Active);
    }
}
