using System.Text;
using System.Text.Json;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ContractorAiReview.Web;

/// <summary>Tells whoever started the app where it listens and, in Development, how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("ContractorAiReview is running:");
        foreach (var address in addresses)
        {
            text.AppendLine($"  {address}");
        }

        if (app.Environment.IsDevelopment())
        {
            var folder = app.Services.GetRequiredService<SeedDataFolder>();
            using var users = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "demo-users.json")));
            using var companies = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "contractors.json")));
            // A designated manager's people are 指定管理者, not 受注者, here as everywhere.
            var designatedManagers = companies.RootElement.EnumerateArray()
                .Where(c => c.TryGetProperty("isDesignatedManager", out var flag) && flag.GetBoolean())
                .Select(c => c.GetProperty("name").GetString())
                .ToHashSet();
            text.AppendLine("Demo sign-ins (Development only):");
            foreach (var user in users.RootElement.EnumerateArray())
            {
                var company = user.TryGetProperty("contractor", out var name) ? name.GetString() : null;
                var role = company is not null && designatedManagers.Contains(company) ? "DesignatedManager" : user.GetProperty("role").GetString();
                text.AppendLine($"  {role,-18} {user.GetProperty("email").GetString(),-36} {user.GetProperty("password").GetString()}");
                if (user.TryGetProperty("authenticatorKey", out var key))
                {
                    text.AppendLine($"  {"",-18} {"authenticator key (TOTP)",-36} {key.GetString()}");
                }
            }

            text.AppendLine("  City staff sign in in two steps: add the key to an authenticator app, or run: oathtool --totp -b <key>");
        }

        Console.WriteLine(text.ToString());
    }
}
