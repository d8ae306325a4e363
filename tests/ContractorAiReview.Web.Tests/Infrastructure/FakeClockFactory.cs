using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>The app on a clock the test moves: invitations' hours, sessions' idle time and absolute lifetime.</summary>
public class FakeClockFactory : AppFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));

    protected override void Configure(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
}

/// <summary>
/// The fake clock with e-mail delivery off: what a test reads from the outbox stays there until the test sends it
/// (the app's own dispatcher would send it, and erase a secret body, at any moment).
/// </summary>
public sealed class QuietFakeClockFactory : FakeClockFactory
{
    protected override void Configure(IWebHostBuilder builder)
    {
        base.Configure(builder);
        builder.UseSetting("Mail:Delivery", "Off");
    }
}
