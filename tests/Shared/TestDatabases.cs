using Npgsql;

namespace ContractorAiReview.Tests.Shared;

/// <summary>
/// Where a test host keeps its database. SQLite (a file in the host's data folder) unless
/// <c>CAR_TEST_POSTGRES</c> names a PostgreSQL server (the maintenance database's connection string, as
/// tools/postgres-throwaway.sh prints it): then each host gets a database of its own, created here and dropped after.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ServerVariable = "CAR_TEST_POSTGRES";

    private readonly string? _server;
    private readonly string? _name;

    private TestDatabase(string? server, string? name, string? connectionString)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The PostgreSQL server the tests run against, or null for SQLite.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgreSql => Server is not null;

    /// <summary>The provider's name as the app's <c>Database:Provider</c> takes it.</summary>
    public string Provider => _server is null ? "Sqlite" : "PostgreSQL";

    /// <summary>Null for SQLite: the app puts its file in its data folder.</summary>
    public string? ConnectionString { get; }

    public static TestDatabase Create()
    {
        if (Server is not { } server)
        {
            return new TestDatabase(null, null, null);
        }

        var name = "car_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        return new TestDatabase(server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    /// <summary>The settings a host needs for this database (none for SQLite).</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings => ConnectionString is null ? [] :
    [
        new("Database:Provider", Provider),
        new("ConnectionStrings:Default", ConnectionString),
    ];

    public void Dispose()
    {
        if (_server is null)
        {
            return;
        }

        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
