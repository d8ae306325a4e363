using Microsoft.Net.Http.Headers;

namespace ContractorAiReview.Web.Infrastructure.Security;

/// <summary>
/// The response headers every answer carries (OWASP ASVS 5.0 V3.4): a Content-Security-Policy that Blazor Server and
/// MudBlazor work under, no MIME sniffing, no referrer to other sites, no powerful browser features, and nothing
/// confidential kept in a shared PC's cache.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// For HTML pages. Scripts only from this origin (no inline script, no eval); inline style attributes are allowed
    /// because MudBlazor positions and sizes its components with them. 'self' in connect-src covers the circuit's
    /// same-origin WebSocket (CSP Level 3).
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// For everything else (PDFs, downloads): only who may frame it. A fuller policy on a PDF would stop the browser's
    /// own PDF viewer, which the officer's inline notice preview uses.
    /// </summary>
    public const string OtherPolicy = "frame-ancestors 'self'";

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var response = ((HttpContext)state).Response;
            var headers = response.Headers;
            var isPage = response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
            headers.ContentSecurityPolicy = isPage ? PagePolicy : OtherPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            // Static assets set their own (long, fingerprinted) caching; every other answer may hold confidential
            // content (pages, issued documents, previews) and stays out of shared ward-office PCs' caches.
            if (!headers.ContainsKey(HeaderNames.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
