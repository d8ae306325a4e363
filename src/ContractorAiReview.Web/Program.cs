using System.Globalization;
using ContractorAiReview.Web;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Components;
using ContractorAiReview.Web.Contracts;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Localization;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddApplicationServices(builder.Configuration, builder.Environment);

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture("ja"),
    SupportedCultures = [new CultureInfo("ja"), new CultureInfo("en")],
    SupportedUICultures = [new CultureInfo("ja"), new CultureInfo("en")],
    // Only the person's stored choice (a cookie set at sign-in) switches language; browsers' Accept-Language does not.
    RequestCultureProviders = [new CookieRequestCultureProvider()],
});
app.UseAuthentication();
app.UseAuthorization();
// After authentication: tokens are bound to the signed-in user, so the check needs to know who it is.
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapDocumentEndpoints();
app.MapContractEndpoints();

await DatabaseInitializer.InitializeAsync(app.Services);
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));

app.Run();

/// <summary>Visible to the integration tests (WebApplicationFactory).</summary>
public partial class Program;
