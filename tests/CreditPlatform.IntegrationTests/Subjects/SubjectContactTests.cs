using System.Net;
using System.Net.Http.Json;
using System.Text;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Subjects;

public sealed class SubjectContactTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Url = "/api/v1/tenants/rongcheng/subjects";
    private const string Email = "wangfang.contact@example.cn";
    private const string Phone = "+86 138-0013-4567";

    [Fact]
    public async Task Enrol_WhenContactGiven_ReturnsItMaskedAndStoresItEncrypted()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync(Url, new
        {
            kind = "person", identifier = TestIdentifiers.Person(), name = "王芳", contact = new { email = Email, phone = Phone },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        body.GetProperty("contact").GetProperty("email").GetString().ShouldBe("w***@example.cn");
        body.GetProperty("contact").GetProperty("phone").GetString().ShouldBe("+86*******4567");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain(Email);
        text.ShouldNotContain("13800134567");
        (await StoredRowTextAsync(body.GetProperty("id").GetGuid())).ShouldNotContain("wangfang");
    }

    [Fact]
    public async Task ChangeContact_WhenEmailReplacedAndPhoneOmitted_ShowsNewEmailAndNoPhone()
    {
        using var client = host.Factory.ApiClient();
        using var enrolled = await client.PostAsJsonAsync(Url, new
        {
            kind = "person", identifier = TestIdentifiers.Person(), name = "李娜", contact = new { email = Email, phone = Phone },
        });
        var id = (await enrolled.ReadJsonAsync()).GetProperty("id").GetGuid();

        using var changed = await client.PutAsJsonAsync($"{Url}/{id}/contact", new { email = "lina@example.org" });

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var contact = (await changed.ReadJsonAsync()).GetProperty("contact");
        contact.GetProperty("email").GetString().ShouldBe("l***@example.org");
        contact.GetProperty("phone").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var read = await (await client.GetAsync($"{Url}/{id}")).ReadJsonAsync();
        read.GetProperty("contact").GetProperty("email").GetString().ShouldBe("l***@example.org");
    }

    [Theory]
    [InlineData("not-an-address", null, "contact.email")]
    [InlineData(null, "call me", "contact.phone")]
    [InlineData(null, "12", "contact.phone")]
    public async Task ChangeContact_WhenAddressIsInvalid_Returns400NamingTheFieldWithoutEchoingIt(string? email, string? phone, string field)
    {
        using var client = host.Factory.ApiClient();
        var id = await Scoring.ScoringApi.EnrolAsync(client);

        using var response = await client.PutAsJsonAsync($"{Url}/{id}/contact", new { email, phone });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.ReadJsonAsync();
        body.GetProperty("errors").EnumerateObject().Select(e => e.Name.ToLowerInvariant()).ShouldContain(field);
        // Every text of the answer but its random trace id (whose hex digits may hold "12" by chance).
        var texts = body.EnumerateObject().Where(p => p.Name != "traceId").Select(p => p.Value.GetRawText());
        string.Join("\n", texts).ShouldNotContain((email ?? phone)!);
    }

    [Fact]
    public async Task ChangeContact_WhenSubjectIsInAnotherJurisdiction_Returns404()
    {
        using var client = host.Factory.ApiClient();
        var id = await Scoring.ScoringApi.EnrolAsync(client, tenant: "majia");

        using var response = await client.PutAsJsonAsync($"{Url}/{id}/contact", new { email = Email });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<string> StoredRowTextAsync(Guid id)
    {
        await using var connection = host.Factory.OpenOwnerConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT email_cipher, phone_cipher, masked_email FROM subjects WHERE id = $1";
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        reader.IsDBNull(0).ShouldBeFalse();
        reader.IsDBNull(1).ShouldBeFalse();
        return Encoding.UTF8.GetString((byte[])reader[0]) + Encoding.UTF8.GetString((byte[])reader[1]) + reader.GetString(2);
    }
}
