using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Account;

/// <summary>How long a sign-in lasts (configuration: <c>Sessions:*</c>).</summary>
public sealed class SessionOptions
{
    /// <summary>Ends a session nobody has used for this long: no request and, on an open page, no input.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Ends every session this long after signing in, however busy (the working day and a margin).</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>The page warns this long before either end, and saves a draft before it signs the person out.</summary>
    public TimeSpan WarningBefore { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// When a session ends (OWASP ASVS 5.0 V7.3): after <see cref="SessionOptions.IdleTimeout"/> without use, and
/// <see cref="SessionOptions.AbsoluteLifetime"/> after signing in. The sign-in time is a claim in the cookie, kept
/// when the cookie is renewed; the cookie itself expires after the idle time and slides with every request. An open
/// page (a circuit) makes no requests, so its own input counts as use there (see <see cref="RevalidatingAuthenticationStateProvider"/>).
/// </summary>
public sealed class SessionLifetime(IOptions<SessionOptions> options, TimeProvider clock)
{
    public const string SignedInAtClaim = "car:signed-in-at";

    public SessionOptions Options => options.Value;

    public static Claim SignedInAt(DateTimeOffset at) =>
        new(SignedInAtClaim, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    public static DateTimeOffset? SignedInAtOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(SignedInAtClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>When the session must end however busy the person is; a session without a sign-in time has ended.</summary>
    public DateTimeOffset AbsoluteEndOf(ClaimsPrincipal user) =>
        SignedInAtOf(user) is { } at ? at + Options.AbsoluteLifetime : DateTimeOffset.MinValue;

    /// <summary>Whether the session has ended, given when it was last used.</summary>
    public bool HasEnded(ClaimsPrincipal user, DateTimeOffset lastUsed)
    {
        var now = clock.GetUtcNow();
        return now >= AbsoluteEndOf(user) || now - lastUsed >= Options.IdleTimeout;
    }

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Wires the cookie: expiry after the idle time (renewed on every request), the absolute end checked on every request.</summary>
    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SessionOptions>(configuration.GetSection("Sessions"));
        services.AddSingleton<SessionLifetime>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SessionOptions>, TimeProvider>((cookie, sessions, clock) =>
            {
                cookie.ExpireTimeSpan = sessions.Value.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.TimeProvider = clock;
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    // Identity's check first (the security stamp: signed out, password changed, disabled), which
                    // renews the cookie on every request, so it expires exactly the idle time after the last one.
                    await SecurityStampValidator.ValidatePrincipalAsync(context);
                    if (context.Principal is { } user
                        && context.HttpContext.RequestServices.GetRequiredService<SessionLifetime>() is var lifetime
                        && lifetime.Now >= lifetime.AbsoluteEndOf(user))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    }
                };
            });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((stamp, clock) =>
        {
            // Every request checks the session's security stamp: sign-out, a password change or disabling ends it at once.
            stamp.ValidationInterval = TimeSpan.Zero;
            stamp.TimeProvider = clock;
            // The renewed cookie keeps when the person signed in, and how (Identity's "amr" claim).
            stamp.OnRefreshingPrincipal = context =>
            {
                var kept = context.CurrentPrincipal?.Claims.Where(c => c.Type is SignedInAtClaim or "amr").ToList() ?? [];
                context.NewPrincipal?.Identities.First().AddClaims(kept);
                return Task.CompletedTask;
            };
        });
    }
}
