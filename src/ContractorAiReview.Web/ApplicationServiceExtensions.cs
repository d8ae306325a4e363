using ContractorAiReview.Documents;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Reviews;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;

namespace ContractorAiReview.Web;

public static class ApplicationServiceExtensions
{
    public static IServiceCollection AddApplicationServices(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var dataFolder = Path.GetFullPath(configuration["Storage:DataFolder"] ?? "data", environment.ContentRootPath);
        Directory.CreateDirectory(dataFolder);
        var connectionString = configuration.GetConnectionString("Default")
                               ?? $"Data Source={Path.Combine(dataFolder, "contractor-ai-review.db")}";

        // One context per operation: a Blazor Server circuit outlives any request.
        services.AddDbContextFactory<AppDbContext>(options => options.UseSqlite(connectionString));
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));

        services.AddIdentityCore<AppUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/login";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();

        services.AddLocalization();
        services.AddMudServices();

        var templatesRoot = Path.Combine(AppContext.BaseDirectory, "templates");
        services.AddSingleton(GuidelineLibrary.LoadFrom(templatesRoot));
        services.AddSingleton(new SeedDataFolder(Path.Combine(AppContext.BaseDirectory, "seed-data")));
        services.AddSingleton(TimeProvider.System);
        services.Configure<DocumentOptions>(configuration.GetSection("Documents"));
        services.Configure<BootstrapOptions>(configuration.GetSection("Bootstrap"));
        services.Configure<RequestFormOptions>(configuration.GetSection("RequestForm"));
        services.AddSingleton<IDocumentRenderer, PdfDocumentRenderer>();

        services.AddSingleton<Catalogue.AiServiceCatalogueStore>();
        services.AddSingleton<Catalogue.RequestScreening>();
        services.AddScoped<DocumentIssuer>();
        services.AddScoped<RequestPaperwork>();
        services.AddScoped<DocumentVerification>();
        services.AddScoped<RequestCommands>();
        services.AddScoped<RequestQueries>();
        services.AddScoped<ReviewCommands>();
        services.AddScoped<Consents.ConsentCommands>();
        services.AddScoped<Contracts.ContractCommands>();
        services.AddScoped<Contracts.ContractOverview>();
        services.AddScoped<DemoDataSeeder>();
        return services;
    }
}
