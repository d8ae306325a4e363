using System.Globalization;
using ContractorAiReview.Web;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Components;
using ContractorAiReview.Web.Contracts;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Requests.Attachments;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Infrastructure.Health;
using ContractorAiReview.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Localization;

var builder = WebApplication.CreateBuilder(args);
// No "Server: Kestrel" header: it only tells an attacker what to try.
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddApplicationServices(builder.Configuration, builder.Environment);
builder.Services.AddTransportSecurity(builder.Configuration);
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddHealth();

var app = builder.Build();

// Behind a TLS-terminating proxy: the client's scheme and address come from X-Forwarded-* (only when configured).
app.UseConfiguredForwardedHeaders();
app.UseSecurityHeaders();
app.UseSameOriginCircuits();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture("ja"),
    SupportedCultures = [new CultureInfo("ja"), new CultureInfo("en")],
    SupportedUICultures = [new CultureInfo("ja"), new CultureInfo("en")],
    // Only the person's stored choice (a cookie set at sign-in) switches language; browsers' Accept-Language does not.
    RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = app.Services.GetRequiredService<CookieNames>().Culture }],
});
app.UseAuthentication();
app.UseAuthorization();
app.UseAccountSetup();
app.UseRateLimiter();
// After authentication: tokens are bound to the signed-in user, so the check needs to know who it is.
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapDocumentEndpoints();
app.MapAttachmentEndpoints();
app.MapHealth();
app.MapContractEndpoints();

// An auditor's check from the command line: verifies the journal of the configured database and exits.
if (ContractorAiReview.Web.Journal.JournalCommandLine.IsRequested(args))
{
    Environment.ExitCode = await ContractorAiReview.Web.Journal.JournalCommandLine.RunAsync(app.Services, Console.Out);
    return;
}

// Read the validated settings before touching the database, so a misconfigured start stops with their message first.
_ = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DocumentOptions>>().Value;
await DatabaseInitializer.InitializeAsync(app.Services);

// Volume for measuring: files that many realistic requests through the handlers and exits (see README).
if (DemoGenerator.RequestedCount(args) is { } count)
{
    Environment.ExitCode = await DemoGenerator.RunAsync(app.Services, count, Console.Out);
    return;
}

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));

app.Run();

/// <summary>Visible to the integration tests (WebApplicationFactory).</summary>
public partial class Program;
