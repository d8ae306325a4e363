using ContractorAiReview.Web.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Infrastructure.Data;

public sealed class BootstrapOptions
{
    /// <summary>Outside Development, the first administrator is created from these when no administrator exists.</summary>
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}

/// <summary>At start-up: applies the committed migrations (and journals rows older than the journal), creates the roles, then seeds demo data (Development) or the first administrator.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var environment = provider.GetRequiredService<IHostEnvironment>();

        await using (var db = await provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct))
        {
            await db.Database.MigrateAsync(ct);
            if (db.Database.IsSqlite())
            {
                // Write-ahead log: readers never wait for the writer, and a commit is one append. The mode stays with the
                // file; synchronous stays SQLite's FULL, so an acknowledged filing survives a power cut, not only a crash.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
            }

            await Guidelines.GuidelineCommands.RestoreAsync(db, provider.GetRequiredService<ContractorAiReview.Domain.Guidelines.GuidelineLibrary>(), ct);
            if (await Journal.JournalBackfill.RecordExistingAsync(db, ct) is > 0 and var journaled)
            {
                logger.LogInformation("Journaled {Count} rows written before the journal existed.", journaled);
            }

            if (db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection { DataSource: { Length: > 0 } file })
            {
                DataFolder.RestrictFiles(file);
            }
        }

        await provider.GetRequiredService<Catalogue.AiServiceCatalogueStore>().LoadAsync(ct);

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (environment.IsDevelopment())
        {
            await provider.GetRequiredService<DemoDataSeeder>().SeedAsync(ct);
        }
        else
        {
            await CreateFirstAdministratorAsync(provider, logger);
        }
    }

    private static async Task CreateFirstAdministratorAsync(IServiceProvider provider, ILogger logger)
    {
        var users = provider.GetRequiredService<UserManager<AppUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<BootstrapOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.AdminEmail) || string.IsNullOrWhiteSpace(options.AdminPassword))
        {
            logger.LogWarning("No administrator exists. Set Bootstrap:AdminEmail and Bootstrap:AdminPassword to create the first one.");
            return;
        }

        var admin = new AppUser { UserName = options.AdminEmail, Email = options.AdminEmail, EmailConfirmed = true, DisplayName = "管理者" };
        var created = await users.CreateAsync(admin, options.AdminPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Administrator);
        logger.LogInformation("Created the first administrator {Email} from configuration.", options.AdminEmail);
    }
}
