// An integrator's first journey, written only against the client Kiota generated from the served document:
// enrol a person, record a red light, read the score, check the identifier. Arguments: base URL, API key,
// an identity number not enrolled yet. Prints one line per step; exits non-zero on the first surprise.
using Journey.Client;
using Journey.Client.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: ApiClientJourney <base-url> <api-key> <identity-number>");
    return 2;
}

var (baseUrl, apiKey, identifier) = (args[0], args[1], args[2]);
// Kiota's own ApiKeyAuthenticationProvider insists on https; the test host listens on plain loopback http,
// so the key goes on every request from a handler instead.
using var http = new HttpClient(new ApiKeyHeader(apiKey) { InnerHandler = new HttpClientHandler() });
var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl.TrimEnd('/') };
var client = new PlatformClient(adapter);
var rongcheng = client.Api.V1.Tenants["rongcheng"];

var subject = await rongcheng.Subjects.PostAsync(new EnrolSubject { Kind = "person", Identifier = identifier, Name = "客户端验证" });
Expect(subject?.Id is not null && subject.MaskedIdentifier != identifier, "enrolled, identifier masked");
Console.WriteLine($"enrolled {subject!.Id}");

var recorded = await rongcheng.Events.PostAsync(new EventInput
{
    SubjectId = subject.Id,
    RuleCode = "TRAFFIC_RED_LIGHT",
    OccurredAt = DateTimeOffset.UtcNow.AddHours(-1),
    Evidence = "journey",
});
Expect(recorded?.Entries is { Count: > 0 }, "the event made an entry");
Console.WriteLine($"recorded {recorded!.EventId} score {recorded.Score}");

var score = await rongcheng.Subjects[subject.Id!.Value].Score.GetAsync();
Expect(score?.Score == recorded.Score, "the score read back is the score the event answered");
Console.WriteLine($"score {score!.Score} band {score.Band}");

var checks = await client.Api.V1.Checks.PostAsync(new CheckIdentifiers { Identifiers = [identifier] });
Expect(checks?.Results is { Count: 1 } && checks.Results[0].Restricted == false, "a person on no list is not restricted");
Console.WriteLine($"check restricted {checks!.Results![0].Restricted}");

try
{
    await rongcheng.Subjects.PostAsync(new EnrolSubject { Kind = "person", Identifier = identifier, Name = "客户端验证" });
    Expect(false, "a second enrolment is refused");
}
catch (ProblemDetails problem) when (problem.Status == 409)
{
    Console.WriteLine("second enrolment 409");
}

return 0;

static void Expect(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"unexpected: not {what}");
        Environment.Exit(1);
    }
}

internal sealed class ApiKeyHeader(string key) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add("X-Api-Key", key);
        return base.SendAsync(request, cancellationToken);
    }
}
