using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ContractorAiReview.Web.Infrastructure.Security;

/// <summary>
/// HTTPS and the reverse proxy. Outside Development: HSTS for a year and a redirect to HTTPS. Behind a proxy that
/// terminates TLS, set <c>ForwardedHeaders:Enabled</c> and name the proxy (<c>ForwardedHeaders:KnownProxies</c>, a list
/// of addresses; loopback is trusted by default) so that the scheme and the client's address are taken from
/// X-Forwarded-Proto / X-Forwarded-For, which makes the cookie Secure and HSTS apply.
/// </summary>
public static class TransportSecurity
{
    public sealed class ForwardedHeadersSettings
    {
        public bool Enabled { get; set; }
        public List<string> KnownProxies { get; set; } = [];
    }

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        var settings = configuration.GetSection("ForwardedHeaders").Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        services.AddSingleton(settings);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = 1;
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    public static IApplicationBuilder UseConfiguredForwardedHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ForwardedHeadersSettings>().Enabled ? app.UseForwardedHeaders() : app;

    /// <summary>
    /// The interactive connection (Blazor's <c>/_blazor</c> hub, a WebSocket) only from this site's own pages (OWASP ASVS
    /// 5.0 V4.4.2): a browser says which page opened it in the Origin header, and another site's page is refused. A
    /// client that sends no Origin is not a browser page and has no cookies of the person's to ride on.
    /// </summary>
    public static IApplicationBuilder UseSameOriginCircuits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/_blazor")
            && context.Request.Headers.Origin is [{ } origin]
            && !IsSameOrigin(origin, context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return next(context);
    });

    private static bool IsSameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
