using System.Net;
using System.Text.RegularExpressions;
using ContractorAiReview.Tests.Shared;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>
/// The real app host on a temporary database, migrated and seeded with the demo data (Development), so tests act as
/// the demo users: a SQLite file, or a PostgreSQL database when <c>CAR_TEST_POSTGRES</c> is set (<see cref="TestDatabase"/>).
/// One database per factory; deleted afterwards.
/// </summary>
public partial class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "car-tests-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<TestDatabase> _database;
    private readonly bool _ownsDatabase;

    public AppFactory()
        : this(sameDatabaseAs: null)
    {
    }

    /// <summary>Another instance of the app on <paramref name="sameDatabaseAs"/>'s database, as behind a load balancer (PostgreSQL).</summary>
    protected AppFactory(AppFactory? sameDatabaseAs)
    {
        _database = sameDatabaseAs?._database ?? new Lazy<TestDatabase>(TestDatabase.Create);
        _ownsDatabase = sameDatabaseAs is null;
    }

    /// <summary>The app's data folder (the SQLite database), created by the app at start.</summary>
    public string DataFolderPath => _dataFolder;

    protected virtual string Environment => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Storage:DataFolder", _dataFolder);
        foreach (var (key, value) in _database.Value.Settings)
        {
            builder.UseSetting(key, value);
        }

        Configure(builder);
    }

    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>The demo user with this e-mail, as handlers see them.</summary>
    public async Task<CurrentUser> UserAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No demo user {email}.");
        var role = (await users.GetRolesAsync(user)).Single();
        return new CurrentUser(user.Id, user.DisplayName, role, user.ContractorId, user.DepartmentId);
    }

    public T Get<T>() where T : notnull => Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async Task<AppDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>An HTTP client signed in through the real sign-in form (and, for city staff, the code step), as a browser would be.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password)
    {
        // Over HTTPS, as in Production (Secure cookies; HTTPS redirect).
        var client = CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
        });
        await SignInAsync(email, password, client.SendAsync);
        return client;
    }

    /// <summary>
    /// Signs in through the real form and returns the browser's cookies as one Cookie header, so a test can replay
    /// them from another client, as someone holding a copy of the cookie would.
    /// </summary>
    public async Task<string> SignInCookieHeaderAsync(string email, string password)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost"),
        });
        var jar = new Dictionary<string, string>();
        await SignInAsync(email, password, async request =>
        {
            if (jar.Count > 0)
            {
                request.Headers.Add("Cookie", CookieHeader(jar));
            }

            var response = await client.SendAsync(request);
            foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = setCookie.Split(';', 2)[0].Split('=', 2);
                if (pair[1].Length == 0)
                {
                    jar.Remove(pair[0]);
                }
                else
                {
                    jar[pair[0]] = pair[1];
                }
            }

            return response;
        });
        return CookieHeader(jar);

        static string CookieHeader(Dictionary<string, string> jar) => string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}"));
    }

    /// <summary>
    /// The sign-in form, then, when the app asks for it (city staff), the code step with the code the person's
    /// authenticator app would show now, computed here from their key (Otp.NET, not the app's own code).
    /// </summary>
    private async Task SignInAsync(string email, string password, Func<HttpRequestMessage, Task<HttpResponseMessage>> send)
    {
        var response = await PostFormAsync(send, "/account/login", new()
        {
            ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = password,
        });
        if (PathOf(response.Headers.Location) is { } codeStep && codeStep.StartsWith("/account/login/code", StringComparison.Ordinal))
        {
            response = await PostFormAsync(send, codeStep, new()
            {
                ["_handler"] = "code", ["Input.Code"] = await AuthenticatorCodeAsync(email),
            });
        }

        if (response.StatusCode != HttpStatusCode.Redirect || PathOf(response.Headers.Location)?.StartsWith("/account/login", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}.");
        }
    }

    public static string? PathOf(Uri? location) => location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    /// <summary>Loads a form page, then posts the given fields with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        Func<HttpRequestMessage, Task<HttpResponseMessage>> send, string path, Dictionary<string, string> fields)
    {
        var page = await send(new HttpRequestMessage(HttpMethod.Get, path));
        fields["__RequestVerificationToken"] = AntiforgeryTokenOf(await page.Content.ReadAsStringAsync());
        return await send(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });
    }

    /// <summary>
    /// An open page of the person, signed in now: its authentication state as the circuit holds it, registered with
    /// <see cref="OpenSessions"/> as the tracker does when the circuit connects.
    /// </summary>
    public async Task<RevalidatingAuthenticationStateProvider> OpenPageAsync(string email, string circuitId = "circuit-1")
    {
        await using var scope = Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var user = await signIn.UserManager.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((System.Security.Claims.ClaimsIdentity)principal.Identity!).AddClaim(SessionLifetime.SignedInAt(Services.GetRequiredService<TimeProvider>().GetUtcNow()));
        var page = new RevalidatingAuthenticationStateProvider(
            Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, Services.GetRequiredService<IServiceScopeFactory>(),
            Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>(), Services.GetRequiredService<SessionLifetime>());
        page.SetAuthenticationState(Task.FromResult(new Microsoft.AspNetCore.Components.Authorization.AuthenticationState(principal)));
        Services.GetRequiredService<OpenSessions>().Add(user.Id, circuitId, page);
        return page;
    }

    /// <summary>The code the person's authenticator app shows now.</summary>
    public async Task<string> AuthenticatorCodeAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{email} has no authenticator key.");
        return new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp();
    }

    /// <summary>A GET with the given cookies (see <see cref="SignInCookieHeaderAsync"/>), redirects not followed.</summary>
    public async Task<HttpResponseMessage> GetWithCookiesAsync(string cookies, string path, CancellationToken ct)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost"),
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request, ct);
    }

    /// <summary>The antiforgery token of a page's forms (the app bar's sign-out and language forms).</summary>
    public static string AntiforgeryTokenOf(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsDatabase && _database.IsValueCreated)
        {
            _database.Value.Dispose();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

/// <summary>The demo sign-ins from seed-data/demo-users.json.</summary>
public static class Demo
{
    public const string NaniwaContractor = "contractor@naniwa.example.jp";
    public const string NaniwaPassword = "Demo#2026naniwa";
    public const string MioContractor = "contractor@miotsukushi.example.jp";
    public const string MioPassword = "Demo#2026mio";
    public const string ShiminOfficer = "officer.shimin@city.example.jp";
    public const string ShiminPassword = "Demo#2026shimin";
    public const string ShiminApprover = "approver.shimin@city.example.jp";
    public const string ShiminApproverPassword = "Demo#2026kacho";
    public const string KankoOfficer = "officer.kanko@city.example.jp";
    public const string KankoPassword = "Demo#2026kanko";
    public const string KodomoOfficer = "officer.kodomo@city.example.jp";
    public const string Procurement = "procurement@city.example.jp";
    public const string ProcurementPassword = "Demo#2026keiyaku";
    public const string Administrator = "admin@city.example.jp";
    public const string AdministratorPassword = "Demo#2026kanri";
}
