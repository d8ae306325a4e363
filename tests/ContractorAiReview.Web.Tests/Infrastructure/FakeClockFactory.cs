using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>The app on a clock the test moves: invitations' hours, sessions' idle time and absolute lifetime.</summary>
public sealed class FakeClockFactory : AppFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));

    protected override void Configure(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
}
