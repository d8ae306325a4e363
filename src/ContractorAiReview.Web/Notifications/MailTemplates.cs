using System.Globalization;
using System.Text.RegularExpressions;
using ContractorAiReview.Domain.Calendar;

namespace ContractorAiReview.Web.Notifications;

/// <summary>A rendered e-mail: subject and plain-text body.</summary>
public sealed record MailText(string Subject, string Body);

/// <summary>
/// The e-mail wording, kept as files (templates/mail/&lt;language&gt;/&lt;kind&gt;.txt: a "Subject:" line, a blank line,
/// the body) and read once at start; every kind must exist in every language. Placeholders are {Name}-style.
/// </summary>
public sealed partial class MailTemplates
{
    public static readonly IReadOnlyList<string> Languages = ["ja", "en"];

    /// <summary>The e-mail with a single-use link to choose a new password (not a notification of a request).</summary>
    public const string PasswordReset = nameof(PasswordReset);

    /// <summary>The e-mail inviting a contractor's person to create their account (the person has no language yet: Japanese).</summary>
    public const string Invitation = nameof(Invitation);

    /// <summary>Every template the app sends: one per notification kind, the password reset and the invitation.</summary>
    public static readonly IReadOnlyList<string> Names = [.. Enum.GetNames<NotificationKind>(), PasswordReset, Invitation];

    private readonly Dictionary<(string Language, string Name), (string Subject, string Body)> _templates = [];

    public MailTemplates(string folder)
    {
        foreach (var language in Languages)
        {
            foreach (var kind in Names)
            {
                var file = Path.Combine(folder, language, $"{kind}.txt");
                var text = File.Exists(file)
                    ? File.ReadAllText(file).ReplaceLineEndings("\n")
                    : throw new InvalidOperationException($"The e-mail template {file} is missing.");
                var split = text.IndexOf("\n\n", StringComparison.Ordinal);
                if (!text.StartsWith("Subject: ", StringComparison.Ordinal) || split < 0)
                {
                    throw new InvalidOperationException($"{file} must start with a 'Subject:' line and a blank line.");
                }

                _templates[(language, kind)] = (text["Subject: ".Length..split].Trim(), text[(split + 2)..]);
            }
        }
    }

    public MailText Render(NotificationKind kind, string language, IReadOnlyDictionary<string, string?> facts) =>
        Render(kind.ToString(), language, facts);

    public MailText Render(string name, string language, IReadOnlyDictionary<string, string?> facts)
    {
        var (subject, body) = _templates[(Languages.Contains(language) ? language : Languages[0], name)];
        return new MailText(Fill(subject, facts).ReplaceLineEndings(" "), Fill(body, facts));
    }

    /// <summary>A date as the reader's language writes it: 令和8年12月4日, or 2026-12-04.</summary>
    public static string Date(DateOnly date, string language) =>
        language == "en" ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : JapaneseDate.FormatDate(date);

    public static string DateTime(DateTimeOffset utc, string language) =>
        language == "en"
            ? JapaneseDate.ToJapanTime(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " JST"
            : JapaneseDate.FormatDateTime(utc);

    /// <summary>A fact not known (null) shows as "—"; one given as empty leaves its line empty.</summary>
    private static string Fill(string template, IReadOnlyDictionary<string, string?> facts) =>
        Placeholder().Replace(template, m => facts.GetValueOrDefault(m.Groups[1].Value) ?? "—");

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
