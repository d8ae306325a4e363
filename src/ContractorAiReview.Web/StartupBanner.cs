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
            using var stream = File.OpenRead(Path.Combine(folder.Path, "demo-users.json"));
            using var users = JsonDocument.Parse(stream);
            text.AppendLine("Demo sign-ins (Development only):");
            foreach (var user in users.RootElement.EnumerateArray())
            {
                text.AppendLine($"  {user.GetProperty("role").GetString(),-18} {user.GetProperty("email").GetString(),-36} {user.GetProperty("password").GetString()}");
            }
        }

        Console.WriteLine(text.ToString());
    }
}
