using System.Net.Http.Json;
using CreditPlatform.Infrastructure.Appeals;
using CreditPlatform.Infrastructure.Outbox;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>Notices reach a subject's e-mail address through a real SMTP server, once, even across a host that dies.</summary>
public sealed class EmailNotificationTests : IDisposable
{
    private readonly SmtpInbox _inbox = SmtpInbox.Start();

    /// <summary>
    /// Sits after the e-mail channel: for the one notice under test it signals that the e-mail is out, then holds the
    /// delivery open until the host's token is cancelled, so the outbox never marks the message sent.
    /// </summary>
    private sealed class HoldingSender : INotificationSender
    {
        public Guid Target { get; set; }

        public bool Armed { get; set; }

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<bool> SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
        {
            // Once armed with no target named, the first notice it is handed becomes the one under test.
            if (!Armed)
            {
                return false;
            }

            if (Target == Guid.Empty)
            {
                Target = delivery.NotificationId;
            }
            else if (delivery.NotificationId != Target)
            {
                return false;
            }

            Reached.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return true;
        }
    }

    [Fact]
    public async Task Deduction_WhenSubjectHasEmail_ArrivesAtSmtpServerExactlyOnce()
    {
        await using var host = await CreditPlatformFactory.StartAsync(_inbox.Settings());
        using var client = host.ApiClient();
        var address = $"citizen.{Guid.NewGuid():N}@example.cn";
        var subject = await EnrolWithEmailAsync(client, address);

        await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-1));
        var notice = (await AppealsApi.NoticesOfKindAsync(host, client, subject, "deduction")).Single();
        var id = notice.GetProperty("id").GetGuid();

        await Eventually.HoldsAsync(() => Task.FromResult(_inbox.About(id).Count > 0), "the e-mail reaches the SMTP server");
        await host.Services.GetRequiredService<OutboxDispatcher>().RunOnceAsync(CancellationToken.None);
        var mail = _inbox.To(address).ShouldHaveSingleItem();
        mail.MessageId.ShouldStartWith(id.ToString());
        mail.TextBody.ShouldNotBeNull();
        mail.TextBody.ShouldContain(notice.GetProperty("textZh").GetString()!);
        mail.TextBody.ShouldContain(notice.GetProperty("textEn").GetString()!);
    }

    [Fact]
    public async Task Deduction_WhenSubjectHasNoContactAddress_GetsTheInboxNoticeOnly()
    {
        await using var host = await CreditPlatformFactory.StartAsync(_inbox.Settings());
        using var client = host.ApiClient();
        var subject = await client.EnrolAsync();

        await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-1));
        var id = (await AppealsApi.NoticesOfKindAsync(host, client, subject, "deduction")).Single().GetProperty("id").GetGuid();

        await Eventually.HoldsAsync(() => OutboxDeliveredAsync(host, id), "the notice's delivery completes");
        _inbox.About(id).ShouldBeEmpty();
        _inbox.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Notice_WhenHostDiesBetweenSendingAndMarkingSent_ArrivesExactlyOnceThroughSibling()
    {
        var holding = new HoldingSender();
        var settings = _inbox.Settings();
        settings["Outbox:Enabled"] = "false";
        var first = await CreditPlatformFactory.StartAsync(settings, s => s.AddSingleton<INotificationSender>(holding));
        var address = $"citizen.{Guid.NewGuid():N}@example.cn";
        var dispatcher = first.Services.GetRequiredService<OutboxDispatcher>();
        // The demo data's own deductions get their notices (and deliveries) first, so the only notice left is the one under test.
        while (await dispatcher.RunOnceAsync(CancellationToken.None) > 0)
        {
        }

        using (var client = first.ApiClient())
        {
            var subject = await EnrolWithEmailAsync(client, address);
            await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-1));
        }

        holding.Armed = true;

        // The deduction's notice is made after commit by an outbox pass, and sent by the same or a later one: passes
        // run until the sender holds the notice's delivery open after its e-mail went out.
        using var dying = new CancellationTokenSource();
        var pass = Task.Run(async () =>
        {
            while (true)
            {
                await dispatcher.RunOnceAsync(dying.Token);
                await Task.Delay(50, dying.Token);
            }
        });
        await holding.Reached.Task.WaitAsync(Eventually.DefaultDeadline);
        _inbox.About(holding.Target).Count.ShouldBe(1);
        await dying.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(pass);
        (await OutboxDeliveredAsync(first, holding.Target)).ShouldBeFalse();
        await first.DisposeAsync();

        await using var sibling = first.StartSibling(s => s.PostConfigure<OutboxOptions>(o => o.Enabled = true));
        await Eventually.HoldsAsync(() => OutboxDeliveredAsync(sibling, holding.Target), "the sibling completes the delivery");

        _inbox.About(holding.Target).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Deduction_WhenSubjectHasPhoneAndGatewayFailsFirst_TextArrivesOnceAndEmailIsNotRepeated()
    {
        await using var gateway = await WebhookReceiver.StartAsync(failFirst: 1);
        var settings = _inbox.Settings();
        settings["Notifications:Sms:Url"] = gateway.Url.ToString();
        settings["Outbox:RetryBaseDelay"] = "00:00:00.200";
        await using var host = await CreditPlatformFactory.StartAsync(settings);
        using var client = host.ApiClient();
        var address = $"citizen.{Guid.NewGuid():N}@example.cn";
        using var enrolled = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects", new
        {
            kind = "person", identifier = TestIdentifiers.Person(), name = "钱进", contact = new { email = address, phone = "13800138000" },
        });
        var subject = (await enrolled.ReadJsonAsync()).GetProperty("id").GetGuid();

        await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-1));
        var id = (await AppealsApi.NoticesOfKindAsync(host, client, subject, "deduction")).Single().GetProperty("id").GetGuid();

        await Eventually.HoldsAsync(() => OutboxDeliveredAsync(host, id), "the notice's delivery completes after the gateway's failure");
        var texts = gateway.Received.Where(r => r.Body.Contains(id.ToString(), StringComparison.Ordinal)).ToList();
        texts.Count.ShouldBe(2);
        texts[0].AnsweredStatus.ShouldBe(500);
        texts[1].AnsweredStatus.ShouldBe(200);
        texts[1].Body.ShouldContain("13800138000");
        _inbox.About(id).Count.ShouldBe(1);
    }

    public void Dispose() => _inbox.Dispose();

    private static async Task<Guid> EnrolWithEmailAsync(HttpClient client, string address)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects", new
        {
            kind = "person", identifier = TestIdentifiers.Person(), name = "赵敏", contact = new { email = address },
        });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private static async Task<bool> OutboxDeliveredAsync(CreditPlatformFactory host, Guid notificationId)
    {
        await using var connection = host.OpenOwnerConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT delivered_at IS NOT NULL FROM outbox_messages WHERE destination = $1";
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = "notify:" + notificationId });
        return await command.ExecuteScalarAsync() is true;
    }
}
