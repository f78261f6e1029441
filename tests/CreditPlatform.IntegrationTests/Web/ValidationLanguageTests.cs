using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Web;

/// <summary>
/// A page shows validation failures in its own language, translated by code (never a mix such as
/// "'Name' 不能为空。"), and the API's 400 names each field's codes beside its English messages.
/// </summary>
public sealed partial class ValidationLanguageTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("zh-CN", "身份证号码的校验码不正确（GB 11643）。")]
    [InlineData("en", "The check digit of the resident identity number does not match (GB 11643).")]
    public async Task EnrolForm_WhenInvalid_SpeaksThePagesLanguageOnly(string culture, string identifierMessage)
    {
        using var client = await host.Factory.SignedInClientAsync("rc.official");
        await SwitchAsync(client, culture);
        var token = await AdminSubjectPagesTests.TokenAsync(client, "/admin/subjects/enrol");

        using var response = await client.PostAsync("/admin/subjects/enrol", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Data.Kind"] = "person",
            ["Data.Identifier"] = "110105194912310021",
            ["Data.Name"] = new string('张', 500),
            ["Data.LegalRepresentative.Identifier"] = "",
            ["Data.LegalRepresentative.Name"] = "",
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        FieldError(html, "Data.Identifier").ShouldBe(identifierMessage);
        var name = FieldError(html, "Data.Name"); // FluentValidation's own MaximumLength message
        name.ShouldNotBeEmpty();
        if (culture == "en")
        {
            CjkLetter().IsMatch(name).ShouldBeFalse(name);
        }
        else
        {
            LatinLetter().IsMatch(name).ShouldBeFalse(name);
            name.ShouldContain("名称");
        }
    }

    [Fact]
    public async Task Api_WhenInvalid_NamesEachFieldsCodesBesideItsMessages()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects",
            new { kind = "person", identifier = "110105194912310021", name = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("errors").GetProperty("identifier")[0].GetString()
            .ShouldBe("The check digit of the resident identity number does not match (GB 11643).");
        problem.GetProperty("codes").GetProperty("identifier")[0].GetString().ShouldBe("identity_number_check_digit");
        problem.GetProperty("codes").GetProperty("name")[0].GetString().ShouldBe("NotEmptyValidator");
        problem.GetProperty("errors").GetProperty("name")[0].GetString()!.ShouldContain("must not be empty");
    }

    private static async Task SwitchAsync(HttpClient client, string culture)
    {
        var token = await AdminSubjectPagesTests.TokenAsync(client, "/admin/subjects/enrol");
        using var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = culture,
            ["returnUrl"] = "/admin/subjects/enrol",
            ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static string FieldError(string html, string field) =>
        WebUtility.HtmlDecode(Regex.Match(html, "data-valmsg-for=\"" + Regex.Escape(field) + "\"[^>]*>([^<]*)<").Groups[1].Value).Trim();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CjkLetter();
}
