using System.Globalization;
using Bunit;
using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Web.Catalogue;
using ContractorAiReview.Web.Requests.Attachments;
using ContractorAiReview.Web.Components.Shared;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>bUnit with MudBlazor registered once (loose JS interop), the app's localizer and the real guideline wording.</summary>
public abstract class ComponentTestBase : BunitContext
{
    protected ComponentTestBase()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        Services.AddLocalization();
        Services.AddTransient<MudLocalizer, MudStrings>();
        var guidelines = GuidelineLibrary.LoadFrom(Path.Combine(AppContext.BaseDirectory, "templates"));
        Guideline = guidelines.Current;
        Services.AddSingleton(guidelines);

        // The real catalogue and screen, without a database.
        var seedData = new SeedDataFolder(Path.Combine(AppContext.BaseDirectory, "seed-data"));
        var catalogue = new AiServiceCatalogueStore(null!, seedData, TimeProvider.System);
        catalogue.Use(AiServiceCatalogue.Load(Path.Combine(seedData.Path, "ai-services.json")));
        Services.AddSingleton(catalogue);
        Services.AddSingleton<RequestScreening>();
        // The form's attachment panel; a component test stores no file (no database).
        Services.AddSingleton(new AttachmentCommands(
            null!, Microsoft.Extensions.Options.Options.Create(new AttachmentOptions()), TimeProvider.System, Localization.Strings));
    }

    protected Guideline Guideline { get; }

    /// <summary>Renders the providers MudBlazor's popovers need next to the component under test.</summary>
    protected void AddMudProviders() => Render<MudPopoverProvider>();
}
