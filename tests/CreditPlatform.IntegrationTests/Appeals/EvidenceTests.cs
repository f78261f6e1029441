using System.Net;
using System.Net.Http.Headers;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>Evidence is a PDF, JPEG or PNG by its content, of at most 5 MB.</summary>
public sealed class EvidenceTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static async Task<Guid> OpenAppealAsync(HttpClient client)
    {
        var subject = await client.EnrolAsync();
        var entry = AppealsApi.EntryId(await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-1)));
        using var filed = await AppealsApi.FileAsync(client, ledgerEntryId: entry);
        return (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid appeal, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);

        // Wait for the server's go-ahead, so a refusal arrives as an answer instead of a connection cut mid-upload.
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tenants/rongcheng/appeals/{appeal}/evidence") { Content = form };
        request.Headers.ExpectContinue = true;
        return client.SendAsync(request);
    }

    [Fact]
    public async Task AddEvidence_WhenContentIsPng_StoresItAsImagePng()
    {
        using var client = host.Factory.ApiClient();
        var appeal = await OpenAppealAsync(client);

        using var response = await UploadAsync(client, appeal, [.. PngHeader, 1, 2, 3], "receipt.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await response.ReadJsonAsync()).GetProperty("contentType").GetString().ShouldBe("image/png");
    }

    [Fact]
    public async Task AddEvidence_WhenContentIsNotPdfJpegOrPng_Returns400()
    {
        using var client = host.Factory.ApiClient();
        var appeal = await OpenAppealAsync(client);

        using var response = await UploadAsync(client, appeal, "<html>not a receipt</html>"u8.ToArray(), "receipt.png");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AddEvidence_WhenLargerThanFiveMegabytes_IsRefused()
    {
        using var client = host.Factory.ApiClient();
        var appeal = await OpenAppealAsync(client);
        var big = new byte[(6 * 1024 * 1024) + 1];
        PngHeader.CopyTo(big, 0);

        using var response = await UploadAsync(client, appeal, big, "scan.png");

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }
}
