using System.IO.Compression;

namespace ContractorAiReview.Web.Account;

/// <summary>
/// Passwords known from breaches (OWASP ASVS 5.0 V6.2.4): the top 1,000,000 of the xato.net list kept in OWASP SecLists,
/// shipped with the app as <c>CommonPasswords.txt.gz</c> (built by <c>tools/common-passwords.sh</c>, which says where it
/// comes from). Only the entries of <see cref="PasswordPolicy.MinimumLength"/> characters or more are shipped: the
/// length rule refuses every shorter one already. Compared without case. Loaded once, on first use.
/// </summary>
public sealed class CommonPasswords
{
    private readonly Lazy<(HashSet<string> Entries, string Header)> _list = new(Load);

    /// <summary>How many passwords are shipped.</summary>
    public int Count => _list.Value.Entries.Count;

    /// <summary>The list's first line: its source and which entries were kept.</summary>
    public string Header => _list.Value.Header;

    public bool Contains(string password) => _list.Value.Entries.Contains(password);

    private static (HashSet<string>, string) Load()
    {
        using var resource = typeof(CommonPasswords).Assembly.GetManifestResourceStream("CommonPasswords.txt.gz")
                             ?? throw new InvalidOperationException("The breached-password list is missing from the build.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var header = reader.ReadLine() ?? "";
        var entries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            entries.Add(line);
        }

        return (entries, header);
    }
}
