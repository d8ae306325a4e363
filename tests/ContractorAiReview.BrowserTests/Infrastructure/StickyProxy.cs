using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.SessionAffinity;
using Yarp.ReverseProxy.Transforms;

namespace ContractorAiReview.BrowserTests.Infrastructure;

/// <summary>
/// A reverse proxy (YARP, in the test process) in front of app instances, as a city runs them: a new browser goes to
/// the next instance in turn and is kept there by an affinity cookie (a Blazor page is a live connection to the
/// instance that drew it); an instance that stops answering <c>/health/ready</c> is taken out within seconds, and a
/// browser kept on it goes to another. The Host header is passed on, as the README's nginx configuration does.
/// </summary>
public sealed class StickyProxy : IAsyncDisposable
{
    private const string AffinityCookie = ".ContractorAiReview.Instance";
    private const string Cluster = "instances";

    private readonly WebApplication _proxy;
    private readonly ConcurrentQueue<string> _servedBy;

    private StickyProxy(WebApplication proxy, ConcurrentQueue<string> servedBy, Uri baseAddress)
    {
        _proxy = proxy;
        _servedBy = servedBy;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The instance each request went to, in order (health checks not included).</summary>
    public IReadOnlyList<string> ServedBy => [.. _servedBy];

    /// <param name="port">Where the proxy listens on loopback (the instances are told it, for the links they write).</param>
    /// <param name="instances">Each instance's name and address.</param>
    public static async Task<StickyProxy> StartAsync(int port, IReadOnlyDictionary<string, Uri> instances, CancellationToken ct)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        // The affinity cookie is encrypted; its keys need outlive nothing but the test.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "all", ClusterId = Cluster, Match = new RouteMatch { Path = "{**rest}" } }.WithTransformUseOriginalHostHeader()],
            [new ClusterConfig
            {
                ClusterId = Cluster,
                LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
                SessionAffinity = new SessionAffinityConfig
                {
                    Enabled = true,
                    Policy = SessionAffinityConstants.Policies.Cookie,
                    FailurePolicy = SessionAffinityConstants.FailurePolicies.Redistribute,
                    AffinityKeyName = AffinityCookie,
                },
                HealthCheck = new HealthCheckConfig
                {
                    Active = new ActiveHealthCheckConfig
                    {
                        Enabled = true,
                        Interval = TimeSpan.FromSeconds(1),
                        Timeout = TimeSpan.FromSeconds(5),
                        Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                        Path = "/health/ready",
                    },
                },
                Destinations = instances.ToDictionary(i => i.Key, i => new DestinationConfig { Address = i.Value.ToString() }),
            }]);
        var proxy = builder.Build();
        var servedBy = new ConcurrentQueue<string>();
        proxy.MapReverseProxy(pipeline =>
        {
            pipeline.UseSessionAffinity();
            pipeline.UseLoadBalancing();
            // After load balancing one destination is left: the one the request goes to.
            pipeline.Use((context, next) =>
            {
                servedBy.Enqueue(context.GetReverseProxyFeature().AvailableDestinations.Single().DestinationId);
                return next();
            });
        });
        await proxy.StartAsync(ct);
        return new StickyProxy(proxy, servedBy, baseAddress);
    }

    /// <summary>What the proxy's active health check last concluded about an instance.</summary>
    public DestinationHealth HealthOf(string instance) =>
        _proxy.Services.GetRequiredService<IProxyStateLookup>().TryGetCluster(Cluster, out var cluster)
            ? cluster.Destinations[instance].Health.Active
            : throw new InvalidOperationException($"The proxy has no cluster {Cluster}.");

    public async ValueTask DisposeAsync()
    {
        // Open connections (a page's circuit) are cut, not waited for.
        using var now = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _proxy.StopAsync(now.Token);
        await _proxy.DisposeAsync();
    }
}
