using System.Net;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Reports;

public sealed class ScoreReportVerificationTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Verify_WhenCodeIsFromAFreshReport_AnswersValidWithTheMaskedIdentifier()
    {
        var code = await ScoreReportClient.IssueAsync(host.Factory);

        var (status, body) = await ScoreReportClient.VerifyAsync(host.Factory, code);

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("status").GetString().ShouldBe("valid");
        body.GetProperty("maskedIdentifier").GetString().ShouldBe("1101**********002X");
        body.GetProperty("name").GetString().ShouldBe("张伟");
    }

    [Fact]
    public async Task Verify_WhenCodeIsTypedInLowerCaseWithoutDashes_StillFindsTheReport()
    {
        var code = await ScoreReportClient.IssueAsync(host.Factory);

        var (status, _) = await ScoreReportClient.VerifyAsync(host.Factory, code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());

        status.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("ABCD-EFGH-JKMN-PQRS")]
    [InlineData("not a code at all")]
    public async Task Verify_WhenCodeIsUnknown_Answers404(string code)
    {
        var (status, _) = await ScoreReportClient.VerifyAsync(host.Factory, code);

        status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Verify_WhenStoredScoreWasEditedAfterIssue_AnswersAltered()
    {
        var code = await ScoreReportClient.IssueAsync(host.Factory);
        await using (var connection = host.Factory.OpenOwnerConnection())
        {
            await using var edit = new NpgsqlCommand(
                "UPDATE score_reports SET score = score + 100 WHERE issued_at = (SELECT max(issued_at) FROM score_reports)", connection);
            await edit.ExecuteNonQueryAsync();
        }

        var (_, body) = await ScoreReportClient.VerifyAsync(host.Factory, code);

        body.GetProperty("status").GetString().ShouldBe("altered");
        body.GetProperty("valid").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Report_WhenIssued_StoresOnlyAHashOfTheCode()
    {
        var code = await ScoreReportClient.IssueAsync(host.Factory);

        await using var connection = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM score_reports WHERE encode(code_hash, 'escape') LIKE '%' || @code || '%'", connection);
        command.Parameters.AddWithValue("code", code.Replace("-", "", StringComparison.Ordinal));
        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(0);
    }
}
