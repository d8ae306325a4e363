using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContractorAiReview.Web.Tests.Infrastructure.Security;

/// <summary>
/// Every endpoint and every routable page makes an authorisation decision: a policy or role, or anonymous by
/// intention. A new page or endpoint without one fails here before it can leak.
/// </summary>
public sealed class AuthorizationInventoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Open to anyone, on purpose: signing in (both steps), accepting an invitation, the public document check, the error page, the health probes.</summary>
    private static readonly HashSet<string> AnonymousByIntention =
    [
        "/account/login",
        "/account/login/code",
        "/account/forgot",
        "/account/reset",
        "/account/invitation/{Token}",
        "/verify",
        "/verify/{Code}",
        "/error",
        "/health/live",
        "/health/ready",
    ];

    [Fact]
    public void Endpoints_Every_AuthorisationDecided()
    {
        var undecided = AppEndpoints()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(Describe)
            .ToList();

        Assert.Empty(undecided);
    }

    [Fact]
    public void Endpoints_Anonymous_OnlyThoseMeantToBe()
    {
        var anonymous = AppEndpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(pattern => !AnonymousByIntention.Contains(pattern))
            .ToList();

        Assert.Empty(anonymous);
    }

    [Fact]
    public void Pages_Every_RoutableComponentIsAnEndpoint()
    {
        // The inventory above is only as good as its list: every @page component must be among the endpoints.
        var pages = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(RouteAttribute), false).Cast<RouteAttribute>())
            .Select(r => r.Template)
            .ToHashSet();
        var endpoints = AppEndpoints().Select(e => e.RoutePattern.RawText).ToHashSet();

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains(page, endpoints));
    }

    /// <summary>The app's own pages and endpoints; not the framework's (static files, the circuit hub, scripts).</summary>
    private List<RouteEndpoint> AppEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is { Type: var type } ? type.Assembly == typeof(Program).Assembly : IsAppEndpoint(e))
            .ToList();

    private static bool IsAppEndpoint(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not null
        && endpoint.RoutePattern.RawText is { } pattern
        && !pattern.StartsWith("_", StringComparison.Ordinal) && !pattern.StartsWith("/_", StringComparison.Ordinal)
        && !pattern.Contains(":file}", StringComparison.Ordinal) // the static-file fallback
        && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null;

    private static string Describe(RouteEndpoint endpoint) =>
        $"{endpoint.RoutePattern.RawText} ({endpoint.DisplayName})";
}
