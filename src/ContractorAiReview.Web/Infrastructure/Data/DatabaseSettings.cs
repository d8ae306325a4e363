using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

/// <summary>
/// Which database the app uses: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>PostgreSQL</c>) and
/// <c>ConnectionStrings:Default</c> (or the environment's <c>ConnectionStrings__Default</c>). Without a connection
/// string, SQLite uses a file in the data folder; PostgreSQL refuses to start.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteFileName = "contractor-ai-review.db";

    public static DatabaseSettings From(IConfiguration configuration, string dataFolder)
    {
        var name = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(name) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : throw new InvalidOperationException($"Database:Provider is '{name}'; use Sqlite or PostgreSQL.");
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(dataFolder, SqliteFileName)}"
                : throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:Default is not set.");
        }

        return new DatabaseSettings(provider, connectionString);
    }

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) => Provider switch
    {
        DatabaseProvider.PostgreSQL => options.UseNpgsql(ConnectionString),
        _ => options.UseSqlite(ConnectionString),
    };

    public AppDbContext CreateContext(DbContextOptions<AppDbContext> options) => Provider switch
    {
        DatabaseProvider.PostgreSQL => new PostgreSqlAppDbContext(options),
        _ => new AppDbContext(options),
    };
}

/// <summary>One context per operation, of the provider's own type (so each provider runs its own migrations).</summary>
public sealed class AppDbContextFactory(DbContextOptions<AppDbContext> options, DatabaseSettings settings) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => settings.CreateContext(options);
}
