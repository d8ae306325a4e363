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

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Start_Production_DataFolderAndDatabaseOwnerOnly()
    {
        _ = app.Server;

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(app.DataFolderPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(app.DataFolderPath, "contractor-ai-review.db")));
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
