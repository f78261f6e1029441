using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using CreditPlatform.Application.Gathering;
using CreditPlatform.Domain.Subjects;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.Web.Pages.Gather;

namespace CreditPlatform.IntegrationTests.Gathering;

public sealed partial class GathererDayTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly Encoding Gbk = GbkEncoding();

    private static Encoding GbkEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Decode_WhenTheFileIsGbk_ReadsItAsGb18030()
    {
        var text = "居民,规则代码,数量,日期,证据说明\r\n马秀英,LITTERING,,2026-11-03,村口乱扔垃圾\r\n";

        var decoded = TallyCsv.Decode(Gbk.GetBytes(text));

        decoded.ShouldNotBeNull();
        decoded.Value.EncodingName.ShouldBe(TallyCsv.Gb18030);
        decoded.Value.Text.ShouldBe(text);
    }

    [Fact]
    public void Decode_WhenTheFileIsUtf8WithOrWithoutMark_ReadsItAsUtf8()
    {
        var text = "马秀英,LITTERING,,2026-11-03,村口\r\n";

        var plain = TallyCsv.Decode(Encoding.UTF8.GetBytes(text));
        var marked = TallyCsv.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        plain!.Value.ShouldBe((text, TallyCsv.Utf8));
        marked!.Value.ShouldBe((text, TallyCsv.Utf8));
    }

    [Fact]
    public void Decode_WhenTheBytesAreNeitherUtf8NorGb18030_Refuses()
    {
        // 0x81 0x20 is a GB 18030 lead byte followed by a byte no second byte may be, and no UTF-8 either.
        TallyCsv.Decode([0x61, 0x81, 0x20, 0x62]).ShouldBeNull();
    }

    [Fact]
    public void Closest_WhenACodeIsMisspeltOrANameIsTyped_SuggestsTheRuleAndNothingWhenFarOff()
    {
        RuleCandidate[] rules =
        [
            new("LITTERING", "乱扔垃圾", "Littering"),
            new("COMMUNITY_LABOUR", "参加义务劳动", "Community labour"),
            new("CLEAN_YARD", "庭院整洁", "Clean yard"),
        ];

        RuleSuggestions.Closest("LITERING", rules)!.Code.ShouldBe("LITTERING");
        RuleSuggestions.Closest("community-labor", rules)!.Code.ShouldBe("COMMUNITY_LABOUR");
        RuleSuggestions.Closest("乱仍垃圾", rules)!.Code.ShouldBe("LITTERING");
        RuleSuggestions.Closest("TAX_EVASION", rules).ShouldBeNull();
    }

    [Fact]
    public void Initials_OfCommonNames_AreTheirPinyinInitials()
    {
        PinyinInitials.Of("张伟").ShouldBe("zw");
        PinyinInitials.Of("马秀英").ShouldBe("mxy");
        PinyinInitials.Of("Li 明").ShouldBe("m");
        new Subject { Name = "马德福" }.NameInitials.ShouldBe("mdf");
    }

    [Fact]
    public async Task Suggest_WhenGathererTypesPinyinInitialsOrPartOfAName_FindsTheResident()
    {
        using var gatherer = await host.Factory.SignedInClientAsync("mj.gatherer");

        var byInitials = Names(await gatherer.GetStringAsync("/gather/record?handler=Suggest&q=mxy"));
        var byMiddle = Names(await gatherer.GetStringAsync("/gather/record?handler=Suggest&q=" + Uri.EscapeDataString("秀英")));

        byInitials.ShouldContain("马秀英");
        byMiddle.ShouldContain("马秀英");
        byInitials.ShouldNotContain("马德福");
    }

    [Fact]
    public async Task Check_WhenAGbkTallyHasAMisspeltRule_SuggestsTheClosestRuleAndShowsThePointsOfTheGoodLines()
    {
        using var gatherer = await host.Factory.SignedInClientAsync("mj.gatherer");
        var page = await gatherer.GetStringAsync("/gather/tally");
        var token = Token().Match(page).Groups[1].Value;
        var csv = $"居民,规则代码,数量,日期,证据说明\r\n马秀英,LITERING,,{Today},村口乱扔垃圾\r\n马德福,COMMUNITY_LABOUR,4,{Today},修路\r\n";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Gbk.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "upload", "tally.csv");
        form.Add(new StringContent(token), "__RequestVerificationToken");

        using var response = await gatherer.PostAsync("/gather/tally?handler=Check", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("GB18030");
        html.ShouldContain("name=\"rule\" value=\"LITTERING\"");
        html.ShouldContain("马德福");
        html.ShouldContain("data-testid=\"tally-points\">+");
    }

    private static List<string> Names(string json) =>
        [.. System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()!)];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
