using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Security.Hardening;

public sealed class LockoutTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_RefusesEvenTheRightOne()
    {
        for (var i = 0; i < 5; i++)
        {
            await Should.ThrowAsync<InvalidOperationException>(() => host.Factory.SignedInClientAsync("rc.reviewer", "wrong-password-" + i));
        }

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => host.Factory.SignedInClientAsync("rc.reviewer"));

        refused.Message.ShouldContain("锁定"); // zh-CN is the default language: "temporarily locked"
    }

    [Fact]
    public async Task SignIn_AfterFourWrongPasswords_StillAcceptsTheRightOne()
    {
        for (var i = 0; i < 4; i++)
        {
            await Should.ThrowAsync<InvalidOperationException>(() => host.Factory.SignedInClientAsync("mj.official", "wrong-password-" + i));
        }

        using var client = await host.Factory.SignedInClientAsync("mj.official");

        client.ShouldNotBeNull();
    }
}
