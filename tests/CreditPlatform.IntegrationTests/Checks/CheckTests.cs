using System.Net;
using System.Net.Http.Json;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Subjects;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Checks;

/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus).</remarks>
[Trait("Category", "Citus")]
public sealed class CheckTests(HostFixture host) : IClassFixture<HostFixture>
{
    private HttpClient Client { get; } = host.Factory.ApiClient();

    private static string Masked(string identifier) => identifier[..4] + new string('*', identifier.Length - 8) + identifier[^4..];

    [Fact]
    public async Task Check_WhenEntryRemoved_StopsRestricting()
    {
        var identifier = TestIdentifiers.Person();
        var created = await ListsApi.ListAsync(Client, "spc", "COURT_DEFAULTERS", identifier);
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(Client, identifier), "the listing restricts");

        (await ListsApi.RemoveAsync(Client, "spc", "COURT_DEFAULTERS", created.GetProperty("id").GetGuid())).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(async () => !await ListsApi.IsRestrictedAsync(Client, identifier), "the removal lifts the restriction");
    }

    [Fact]
    public async Task Check_WhenSeveralIdentifiers_AnswersInRequestOrderWithMaskedIdentifiers()
    {
        var listed = TestIdentifiers.Person();
        var clean = TestIdentifiers.Organization();
        var other = TestIdentifiers.Person();
        await ListsApi.ListAsync(Client, "spc", "COURT_DEFAULTERS", listed);
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(Client, listed), "the listing restricts");

        using var response = await Client.PostAsJsonAsync("/api/v1/checks", new { identifiers = new[] { clean, listed, other } });

        var body = await response.Content.ReadAsStringAsync();
        var results = (await response.ReadJsonAsync()).GetProperty("results");
        results.GetArrayLength().ShouldBe(3);
        results[0].GetProperty("maskedIdentifier").GetString().ShouldBe(Masked(clean));
        results[1].GetProperty("maskedIdentifier").GetString().ShouldBe(Masked(listed));
        results[2].GetProperty("maskedIdentifier").GetString().ShouldBe(Masked(other));
        results[1].GetProperty("restricted").GetBoolean().ShouldBeTrue();
        results[1].GetProperty("entries")[0].GetProperty("list").GetString().ShouldBe("COURT_DEFAULTERS");
        results[1].GetProperty("entries")[0].GetProperty("authority").GetString().ShouldBe("spc");
        body.ShouldNotContain(listed);
        body.ShouldNotContain(clean);
    }

    [Fact]
    public async Task Check_WhenIdentifierOnNoList_IsNotRestricted()
    {
        var result = (await ListsApi.CheckAsync(Client, new { identifiers = new[] { TestIdentifiers.Person() } }))[0];

        result.GetProperty("restricted").GetBoolean().ShouldBeFalse();
        result.GetProperty("measures").GetArrayLength().ShouldBe(0);
        result.GetProperty("entries").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Check_When1001Identifiers_Returns400Problem()
    {
        var identifiers = Enumerable.Range(0, 1001).Select(_ => "11010519491231002X").ToArray();

        using var response = await Client.PostAsJsonAsync("/api/v1/checks", new { identifiers });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("identifiers", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Check_When1000Identifiers_AnswersEveryOne()
    {
        // Generated here, not from TestIdentifiers, whose small shared range a thousand draws would exhaust.
        var identifiers = Enumerable.Range(0, 1000)
            .Select(i => $"44030519900101{i:000}")
            .Select(first17 => first17 + ResidentIdentityNumber.ComputeCheckCharacter(first17))
            .ToArray();

        var results = await ListsApi.CheckAsync(Client, new { identifiers });

        results.GetArrayLength().ShouldBe(1000);
    }

    [Fact]
    public async Task Check_WhenIdentifierInvalid_FlagsThatResultOnly()
    {
        var valid = TestIdentifiers.Person();
        // A wrong check character, chosen so that the 18 characters are not a valid code of the other kind either
        // (a digit string can pass a unified social credit code's check by chance).
        var invalid = "0123456789X".Select(c => valid[..17] + c)
            .First(candidate => candidate != valid && Domain.Subjects.Identifier.DetectKind(candidate) is null);

        var results = await ListsApi.CheckAsync(Client, new { identifiers = new[] { invalid, valid, "not-an-id" } });

        results[0].GetProperty("error").GetString().ShouldBe("invalid_identifier");
        results[1].TryGetProperty("error", out _).ShouldBeFalse();
        results[2].GetProperty("error").GetString().ShouldBe("invalid_identifier");
        results[0].GetProperty("restricted").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Check_WhenOnRedList_GivesRewardsAndNoRestriction()
    {
        var result = (await ListsApi.CheckAsync(Client, new { identifiers = new[] { "91110000600037341L" } }))[0];

        result.GetProperty("restricted").GetBoolean().ShouldBeFalse();
        result.GetProperty("rewards").Strings().ShouldBe(["CUSTOMS_INSPECTION_RATE"]);
        result.GetProperty("entries")[0].GetProperty("kind").GetString().ShouldBe("red");
    }

    [Fact]
    public async Task Check_WhenMeasureAsked_RestrictsOnlyIfTheEntryCarriesIt()
    {
        var company = TestIdentifiers.Organization();
        var rep = TestIdentifiers.Person();
        await ListsApi.ListAsync(Client, "spc", "COURT_DEFAULTERS", company, "organization", legalRepresentative: new { identifier = rep, name = "代表人" });
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(Client, rep), "the representative is restricted");

        (await ListsApi.IsRestrictedAsync(Client, rep, "FLIGHT")).ShouldBeTrue();
        (await ListsApi.IsRestrictedAsync(Client, rep, "PRIVATE_SCHOOL")).ShouldBeFalse();
        (await ListsApi.IsRestrictedAsync(Client, company, "PRIVATE_SCHOOL")).ShouldBeTrue();
    }

    [Fact]
    public async Task Check_WhenLocalListOfAnotherTenant_IsNotSeenByATenantKey()
    {
        var list = await ListsApi.CreateListAsync(Client, "rongcheng", scope: "local");
        var identifier = TestIdentifiers.Person();
        await ListsApi.ListAsync(Client, "rongcheng", list, identifier);
        using var own = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "checks:read"));
        using var foreign = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("majia", "checks:read"));

        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(own, identifier), "the jurisdiction's own key sees its local list");

        (await ListsApi.IsRestrictedAsync(foreign, identifier)).ShouldBeFalse();
        (await ListsApi.IsRestrictedAsync(Client, identifier)).ShouldBeFalse();
        (await ListsApi.CheckAsync(Client, new { identifiers = new[] { identifier }, tenant = "rongcheng" }))[0]
            .GetProperty("restricted").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Check_WhenTenantKeyNamesAnotherTenant_Returns403()
    {
        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("majia", "checks:read"));

        using var response = await client.PostAsJsonAsync("/api/v1/checks", new { identifiers = new[] { TestIdentifiers.Person() }, tenant = "rongcheng" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Check_WhenKeyLacksScope_Returns403()
    {
        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "lists:read"));

        using var response = await client.PostAsJsonAsync("/api/v1/checks", new { identifiers = new[] { TestIdentifiers.Person() } });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Check_WhenAnswered_IsRecordedInTheCheckLogByHash()
    {
        var identifier = TestIdentifiers.Person();
        var hash = host.Factory.Services.GetRequiredService<IIdentifierProtector>().Hash(Identifier.Normalize(identifier));

        await ListsApi.CheckAsync(Client, new { identifiers = new[] { identifier }, measure = "HSR" });

        await Eventually.HoldsAsync(async () =>
        {
            await using var owner = host.Factory.OpenOwnerConnection();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM check_log WHERE identifier_hash = $1 AND measure = 'HSR' AND actor LIKE 'key:%' AND NOT restricted", owner);
            command.Parameters.Add(new NpgsqlParameter { Value = hash });
            return (long)(await command.ExecuteScalarAsync())! == 1;
        }, "the check is in the check log");
    }
}
