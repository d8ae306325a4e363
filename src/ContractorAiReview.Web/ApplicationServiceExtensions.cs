using ContractorAiReview.Documents;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Reviews;
using ContractorAiReview.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ContractorAiReview.Web.Components.Shared;
using ContractorAiReview.Web.Infrastructure.Telemetry;
using MudBlazor;
using MudBlazor.Services;

namespace ContractorAiReview.Web;

public static class ApplicationServiceExtensions
{
    public static IServiceCollection AddApplicationServices(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var dataFolder = Path.GetFullPath(configuration["Storage:DataFolder"] ?? "data", environment.ContentRootPath);
        // Owner-only: the folder holds the database with contractors' confidential answers.
        DataFolder.Create(dataFolder);
        var database = DatabaseSettings.From(configuration, dataFolder);
        services.AddSingleton(database);

        // One context per operation: a Blazor Server circuit outlives any request.
        services.AddSingleton<Notifications.NotificationSignals>();
        services.AddSingleton<InstanceSignals>();
        services.AddSingleton<Notifications.OutboxSignal>();
        services.AddSingleton<Notifications.NotificationSaveInterceptor>();
        services.AddDbContextFactory<AppDbContext, AppDbContextFactory>((provider, options) => database.Configure(options)
            .AddInterceptors(provider.GetRequiredService<Notifications.NotificationSaveInterceptor>()));
        services.AddKeyProtection(configuration, environment);

        services.AddIdentityCore<AppUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                PasswordPolicy.Configure(options.Password);
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Tokens.PasswordResetTokenProvider = ExpiringTokenProvider.Name;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<AppUserStore>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ExpiringTokenProvider>(ExpiringTokenProvider.Name)
            .AddPasswordValidator<PasswordPolicy>();
        services.AddSingleton<CommonPasswords>();
        // Password reset links work for an hour, on the app's clock.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(1));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        var cookies = new CookieNames(environment);
        services.AddSingleton(cookies);
        var securePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/login";
            options.Cookie.Name = cookies.Session;
            options.Cookie.SecurePolicy = securePolicy;
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = cookies.TwoStep;
            options.Cookie.SecurePolicy = securePolicy;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = cookies.Antiforgery;
            options.Cookie.SecurePolicy = securePolicy;
        });
        // Idle timeout, absolute lifetime, and the security stamp checked on every request.
        SessionLifetime.Configure(services, configuration);
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        // Open pages are checked again every minute and ended at once when an administrator disables the person.
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddSingleton<OpenSessions>();
        services.AddScoped<CircuitHandler, OpenSessionTracker>();
        services.Configure<InvitationOptions>(configuration.GetSection("Invitations"));

        services.AddAppTelemetry(configuration);
        services.AddLocalization();
        services.AddMudServices();
        services.AddTransient<MudLocalizer, MudStrings>();

        var templatesRoot = Path.Combine(AppContext.BaseDirectory, "templates");
        // Guidelines:ExtraFolder adds versions from another folder (the tests' second version); production ships templates/ only.
        services.AddSingleton(GuidelineLibrary.LoadFrom([templatesRoot, .. configuration["Guidelines:ExtraFolder"] is { Length: > 0 } extra ? [extra] : Array.Empty<string>()]));
        services.AddSingleton(new SeedDataFolder(Path.Combine(AppContext.BaseDirectory, "seed-data")));
        services.AddSingleton(TimeProvider.System);
        // A start without the public address fails at once rather than issuing documents whose links lead nowhere.
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection("Documents"))
            .Validate(o => DocumentOptions.IsValidBaseUrl(o.PublicBaseUrl), DocumentOptions.MissingBaseUrlMessage)
            .ValidateOnStart();
        services.Configure<BootstrapOptions>(configuration.GetSection("Bootstrap"));
        services.Configure<RequestFormOptions>(configuration.GetSection("RequestForm"));
        services.Configure<Requests.Attachments.AttachmentOptions>(configuration.GetSection("Attachments"));
        services.AddSingleton<PdfDocumentRenderer>();

        services.AddSingleton<Catalogue.AiServiceCatalogueStore>();
        services.AddSingleton<Catalogue.RequestScreening>();
        services.AddScoped<DocumentIssuer>();
        services.AddScoped<RequestPaperwork>();
        services.AddScoped<DocumentVerification>();
        services.AddScoped<RequestCommands>();
        services.AddScoped<Requests.Attachments.AttachmentCommands>();
        services.AddScoped<RequestQueries>();
        services.AddScoped<ReviewCommands>();
        services.AddScoped<ReviewQueries>();
        services.AddScoped<Consents.ConsentCommands>();
        services.AddScoped<Contracts.ContractCommands>();
        services.AddScoped<Contracts.ContractOverview>();
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<Audit.AuditLog>();
        services.AddScoped<Admin.OrganisationCommands>();
        services.AddScoped<Organisations.OrganisationChoices>();
        services.AddScoped<Admin.RouteCommands>();
        services.AddScoped<Admin.UserCommands>();
        services.AddScoped<AccountCommands>();
        services.AddScoped<Dashboard.DashboardQueries>();
        services.AddScoped<Audit.AuditQueries>();
        AddNotifications(services, configuration, environment, database, dataFolder, templatesRoot);
        return services;
    }

    /// <summary>
    /// In-app notifications and e-mail: the templates, the outbox and its dispatcher, and where mail goes (SMTP when a
    /// host is configured, a pickup folder in Development, else off with a warning at start).
    /// </summary>
    private static void AddNotifications(
        IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, DatabaseSettings database, string dataFolder, string templatesRoot)
    {
        var mail = configuration.GetSection("Mail").Get<Notifications.MailOptions>() ?? new Notifications.MailOptions();
        services.AddSingleton(mail);
        services.AddSingleton(new Notifications.MailTemplates(Path.Combine(templatesRoot, "mail")));
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Notifications.NotificationQueries>();
        services.AddScoped<Notifications.OutboxQueries>();
        switch (mail.EffectiveDelivery(environment.IsDevelopment()))
        {
            case Notifications.MailDelivery.Smtp:
                services.AddSingleton<Notifications.IMailTransport>(new Notifications.SmtpMailTransport(mail.Smtp));
                break;
            case Notifications.MailDelivery.Pickup:
                services.AddSingleton<Notifications.IMailTransport>(
                    new Notifications.PickupFolderTransport(Path.GetFullPath(mail.PickupFolder, dataFolder)));
                break;
            default:
                break; // no transport: the dispatcher warns once and sends nothing
        }

        services.AddSingleton<Notifications.ReminderService>();
        services.AddHostedService(provider => provider.GetRequiredService<Notifications.ReminderService>());
        services.AddSingleton<Journal.JournalQueries>();
        services.AddScoped<Guidelines.GuidelineCommands>();
        services.AddSingleton<Notifications.OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<Notifications.OutboxDispatcher>());
        // Several instances share PostgreSQL: the bells of pages held by the other instances change at once too.
        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            services.AddHostedService<Notifications.PostgreSqlSignalRelay>();
        }
    }
}
