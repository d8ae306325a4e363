using ContractorAiReview.Web.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>Outside Development: no demo data, the first administrator from configuration, and a start that refuses missing settings.</summary>
public sealed class ProductionStartTests(ProductionFactory app) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task Start_Production_NoDemoDataAndTheConfiguredAdministratorOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        _ = app.Server; // starts the host: migrations, roles, bootstrap
        await using var db = await app.DbAsync();

        Assert.False(await db.Departments.AnyAsync(ct));
        Assert.False(await db.Contracts.AnyAsync(ct));
        Assert.False(await db.Requests.AnyAsync(ct));
        Assert.True(await db.CatalogueRevisions.AnyAsync(ct));

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = Assert.Single(await users.Users.ToListAsync(ct));
        Assert.Equal(ProductionFactory.AdminEmail, admin.Email);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Administrator));
        Assert.Null(await users.FindByEmailAsync("contractor@naniwa.example.jp"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ai-review.city.example.jp")]
    [InlineData("ftp://ai-review.city.example.jp")]
    public void Start_ProductionWithoutAUsablePublicBaseUrl_StopsWithAClearMessage(string? publicBaseUrl)
    {
        using var factory = ProductionFactory.With(new Dictionary<string, string?> { ["Documents:PublicBaseUrl"] = publicBaseUrl });

        var messages = StartFailure(factory);

        Assert.Contains("Documents:PublicBaseUrl", messages, StringComparison.Ordinal);
        Assert.Contains("QR code", messages, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/nonexistent/keys.pfx")]
    public void Start_ProductionWithoutAKeyCertificate_StopsWithAClearMessage(string? certificatePath)
    {
        using var factory = ProductionFactory.With(new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = certificatePath });

        var messages = StartFailure(factory);

        Assert.Contains("DataProtection:CertificatePath", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_Production_KeyStoredInTheDatabaseEncrypted()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.SignedInClientAsync(ProductionFactory.AdminEmail, ProductionFactory.AdminPassword);
        await using var db = await app.DbAsync();

        var key = Assert.Single(await db.DataProtectionKeys.ToListAsync(ct));
        Assert.Contains("<encryptedSecret", key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(app.DataFolderPath, "keys")));
    }

    /// <summary>Every cookie Production sets is Secure, HttpOnly where scripts have no use for it, and __Host- prefixed.</summary>
    [Fact]
    public async Task SignIn_Production_CookiesSecureAndHostPrefixed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        var page = await client.GetAsync("/account/login", ct);
        var cookies = SetCookies(page).ToList();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login", ["__RequestVerificationToken"] = AppFactory.AntiforgeryTokenOf(await page.Content.ReadAsStringAsync(ct)),
                ["Input.Email"] = ProductionFactory.AdminEmail, ["Input.Password"] = ProductionFactory.AdminPassword,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
        var signedIn = await client.SendAsync(post, ct);
        cookies.AddRange(SetCookies(signedIn));

        Assert.Contains(cookies, c => c.StartsWith("__Host-car-session=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-car-antiforgery=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-car-culture=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.StartsWith("__Host-", c, StringComparison.Ordinal);
            Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; path=/", c, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", c, StringComparison.OrdinalIgnoreCase);
        });

        static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
            response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Start_Production_DataFolderAndDatabaseOwnerOnly()
    {
        _ = app.Server;

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(app.DataFolderPath));
        if (!ContractorAiReview.Tests.Shared.TestDatabase.IsPostgreSql)
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(app.DataFolderPath, "contractor-ai-review.db")));
        }
    }

    private static string StartFailure(ProductionFactory factory)
    {
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        return string.Join("\n", Flatten(error).Select(e => e.Message));
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
