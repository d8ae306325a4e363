namespace ContractorAiReview.BrowserTests.Infrastructure;

public sealed record DemoUser(string Email, string Password, string DisplayName)
{
    /// <summary>City staff's authenticator key from seed-data/demo-users.json (the one source of the demo sign-ins); null for contractor people.</summary>
    public string? AuthenticatorKey => Demo.AuthenticatorKeys.Value.GetValueOrDefault(Email);
}

/// <summary>The demo sign-ins from seed-data/demo-users.json (seeded in Development).</summary>
public static class Demo
{
    public static readonly DemoUser NaniwaContractor = new("contractor@naniwa.example.jp", "Demo#2026naniwa", "高橋 健");
    public static readonly DemoUser MioContractor = new("contractor@miotsukushi.example.jp", "Demo#2026mio", "伊藤 美咲");
    /// <summary>Used only by the language test: it changes the person's stored language.</summary>
    public static readonly DemoUser BunkaManager = new("manager@bunka.example.jp", "Demo#2026bunka", "渡辺 誠");
    public static readonly DemoUser ShiminOfficer = new("officer.shimin@city.example.jp", "Demo#2026shimin", "中村 由美");
    public static readonly DemoUser ShiminApprover = new("approver.shimin@city.example.jp", "Demo#2026kacho", "松本 秀樹");
    public static readonly DemoUser KankoOfficer = new("officer.kanko@city.example.jp", "Demo#2026kanko", "小林 大輔");
    /// <summary>Used only by the test that disables and enables a person again.</summary>
    public static readonly DemoUser KodomoOfficer = new("officer.kodomo@city.example.jp", "Demo#2026kodomo", "加藤 恵");
    public static readonly DemoUser Procurement = new("procurement@city.example.jp", "Demo#2026keiyaku", "吉田 隆");
    public static readonly DemoUser Administrator = new("admin@city.example.jp", "Demo#2026kanri", "山本 管理");

    internal static readonly Lazy<Dictionary<string, string>> AuthenticatorKeys = new(() =>
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "seed-data", "demo-users.json")));
        return json.RootElement.EnumerateArray()
            .Where(u => u.TryGetProperty("authenticatorKey", out _))
            .ToDictionary(u => u.GetProperty("email").GetString()!, u => u.GetProperty("authenticatorKey").GetString()!);
    });

    /// <summary>The code an authenticator app with this key shows now (Otp.NET, not the app's own code).</summary>
    public static string CodeNow(string key) => new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal))).ComputeTotp();
}
