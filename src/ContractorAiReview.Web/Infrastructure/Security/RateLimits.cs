using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ContractorAiReview.Web.Infrastructure.Security;

/// <summary>
/// Anti-automation on what anyone can reach without signing in (OWASP ASVS 5.0 V6.3.1): sign-in attempts and the public
/// document check per client address (the proxy's X-Forwarded-For where forwarded headers are configured), and sign-in
/// attempts per account (<see cref="AccountSignIns"/>, known or not, so the limit tells nothing about who exists).
/// Limits from configuration (<c>RateLimits:*</c>) so that a test can use small ones.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Verify = "verify";

    public sealed class Settings
    {
        /// <summary>
        /// Sign-in form posts per address and window. Generous, because a ward office's staff share one address behind
        /// its NAT; Identity's lockout limits each account on top.
        /// </summary>
        public int SignInPermits { get; set; } = 30;
        /// <summary>Verification page loads per address and window; each page allows a few look-ups of its own.</summary>
        public int VerifyPermits { get; set; } = 60;
        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
        /// <summary>
        /// Sign-in attempts per e-mail address and <see cref="AccountWindow"/>, from any address: slows guessing spread
        /// over many addresses. Identity's lockout (5 wrong passwords) acts first for real accounts.
        /// </summary>
        public int AccountSignInPermits { get; set; } = 10;
        public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);
    }

    /// <summary>Sign-in attempts per e-mail address; the sign-in page asks before it checks the password.</summary>
    public sealed class AccountSignIns(Settings settings) : IDisposable
    {
        private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(email =>
            RateLimitPartition.GetFixedWindowLimiter(email, _ => Window(settings.AccountSignInPermits, settings.AccountWindow)));

        public bool TryAttempt(string email)
        {
            using var lease = _limiter.AttemptAcquire(email.Trim().ToUpperInvariant());
            return lease.IsAcquired;
        }

        public void Dispose() => _limiter.Dispose();
    }

    /// <summary>What a limited client reads, in both languages (the limit acts before the person's language is known).</summary>
    public const string TooManyAttempts = "アクセスが集中しています。しばらく待ってから再度お試しください。\nToo many attempts. Please wait a moment and try again.\n";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("RateLimits").Get<Settings>() ?? new Settings();
        services.AddSingleton(new AccountSignIns(settings));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = ((int)Math.Ceiling(settings.Window.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                response.ContentType = "text/plain; charset=utf-8";
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits))
                    .LogWarning("Rate limit reached for {Path} from {Address}", context.HttpContext.Request.Path, ClientAddress(context.HttpContext));
                await response.WriteAsync(TooManyAttempts, ct);
            };
            options.AddPolicy(SignIn, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress(http), _ => Window(settings.SignInPermits, settings.Window))
                : RateLimitPartition.GetNoLimiter("page"));
            options.AddPolicy(Verify, http =>
                RateLimitPartition.GetFixedWindowLimiter(ClientAddress(http), _ => Window(settings.VerifyPermits, settings.Window)));
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
