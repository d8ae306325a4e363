using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Infrastructure.Data;

/// <summary>What a failed save means, the same on both providers.</summary>
public static class DatabaseErrors
{
    /// <summary>A unique index refused the row: someone saved the same key first.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}
