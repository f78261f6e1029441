using System.Net;
using System.Text.RegularExpressions;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Web;

/// <summary>The officials' subject pages work inside the official's own jurisdiction, and identifiers stay out of addresses.</summary>
public sealed partial class AdminSubjectPagesTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string SeededCitizen = "张伟";

    [Fact]
    public async Task SearchByName_WhenOfficialOfTheSubjectsJurisdiction_ListsIt()
    {
        using var client = await host.Factory.SignedInClientAsync("rc.official");

        var html = await client.GetStringAsync("/admin/subjects?name=" + Uri.EscapeDataString("张"));

        html.ShouldContain(SeededCitizen);
    }

    [Fact]
    public async Task SearchByName_WhenOfficialOfAnotherJurisdiction_DoesNotListIt()
    {
        using var client = await host.Factory.SignedInClientAsync("mj.official");

        var html = await client.GetStringAsync("/admin/subjects?name=" + Uri.EscapeDataString("张"));

        html.ShouldNotContain(SeededCitizen);
    }

    [Fact]
    public async Task SearchByName_WhenRun_IsAuditedInTheOfficialsJurisdiction()
    {
        using var client = await host.Factory.SignedInClientAsync("rc.reviewer");

        using var response = await client.GetAsync("/admin/subjects?name=" + Uri.EscapeDataString("李"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var connection = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM audit_log a JOIN tenants t ON t.id = a.tenant_id WHERE a.action = 'SearchSubjects' AND t.slug = 'rongcheng'", connection);
        ((long)(await command.ExecuteScalarAsync())!).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task LookupByIdentifier_WhenFound_RedirectsToDetailsWithoutTheIdentifier()
    {
        using var client = await host.Factory.SignedInClientAsync("rc.official");
        var token = await TokenAsync(client, "/admin/subjects");

        using var response = await client.PostAsync("/admin/subjects", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Lookup.Identifier"] = "11010519491231002X",
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/admin/subjects/details/");
        location.ShouldNotContain("11010519491231002X", Case.Insensitive);
    }

    [Fact]
    public async Task Details_WhenSubjectBelongsToAnotherJurisdiction_Returns404()
    {
        using var rongcheng = await host.Factory.SignedInClientAsync("rc.official");
        var search = await rongcheng.GetStringAsync("/admin/subjects?name=" + Uri.EscapeDataString(SeededCitizen));
        var details = DetailsLink().Match(search).Value;
        using var majia = await host.Factory.SignedInClientAsync("mj.official");

        using var response = await majia.GetAsync(details);

        details.ShouldNotBeEmpty();
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Enrol_WhenFormIsValid_RedirectsToTheNewSubject()
    {
        using var client = await host.Factory.SignedInClientAsync("rc.official");
        var token = await TokenAsync(client, "/admin/subjects/enrol");

        using var response = await client.PostAsync("/admin/subjects/enrol", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Data.Kind"] = "person",
            ["Data.Identifier"] = TestIdentifiers.Person(),
            ["Data.Name"] = "上官表单",
            ["Data.LegalRepresentative.Identifier"] = "",
            ["Data.LegalRepresentative.Name"] = "",
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("/admin/subjects/details/");
    }

    [Fact]
    public async Task Enrol_WhenIdentifierIsInvalid_ShowsTheErrorNextToTheField()
    {
        using var client = await host.Factory.SignedInClientAsync("rc.official");
        var token = await TokenAsync(client, "/admin/subjects/enrol");

        using var response = await client.PostAsync("/admin/subjects/enrol", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Data.Kind"] = "person",
            ["Data.Identifier"] = "110105194912310021",
            ["Data.Name"] = "错号",
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-valmsg-for=\"Data.Identifier\"");
        FieldError().Match(html).Groups[1].Value.Trim().ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("rc.traffic")]
    [InlineData("zhang.wei")]
    public async Task SubjectsPage_WhenNotAnOfficial_IsDenied(string user)
    {
        using var client = await host.Factory.SignedInClientAsync(user);

        using var response = await client.GetAsync("/admin/subjects");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
    }

    [Fact]
    public async Task SubjectsPage_WhenPlatformAdministratorHasNoJurisdiction_IsDenied()
    {
        using var client = await host.Factory.SignedInClientAsync("admin");

        using var response = await client.GetAsync("/admin/subjects");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
    }

    [Fact]
    public async Task SubjectsPage_WhenAnonymous_RedirectsToSignIn()
    {
        using var client = host.Factory.NewClient();

        using var response = await client.GetAsync("/admin/subjects");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task ApiRoute_WhenSignedInOfficialNamesAnotherJurisdiction_IsForbidden()
    {
        using var client = await host.Factory.SignedInClientAsync("rc.official");

        using var response = await client.PostAsync("/api/v1/tenants/majia/subjects/lookup",
            new StringContent("{\"identifier\":\"11010519491231002X\"}", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    internal static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return Token().Match(html).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("/admin/subjects/details/[0-9a-f-]{36}")]
    private static partial Regex DetailsLink();

    [GeneratedRegex("data-valmsg-for=\"Data.Identifier\"[^>]*>([^<]*)<")]
    private static partial Regex FieldError();
}
