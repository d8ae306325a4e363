namespace ContractorAiReview.Web.Infrastructure.Data;

/// <summary>The folder of the SQLite database: readable by the app's own account only.</summary>
public static class DataFolder
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, OwnerOnlyFolder);
        // A folder made before this rule existed, or by hand, is tightened too.
        File.SetUnixFileMode(path, OwnerOnlyFolder);
    }

    /// <summary>The database file and SQLite's journal files beside it, once they exist.</summary>
    public static void RestrictFiles(string databaseFile)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm", databaseFile + "-journal" }.Where(File.Exists))
        {
            File.SetUnixFileMode(file, OwnerOnlyFile);
        }
    }
}
