using System.Globalization;
using Bunit;
using ContractorAiReview.Domain.Guidelines;
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
        Services.AddMudServices();
        Services.AddLocalization();
        Guideline = GuidelineLibrary.LoadFrom(Path.Combine(AppContext.BaseDirectory, "templates")).Current;
    }

    protected Guideline Guideline { get; }

    /// <summary>Renders the providers MudBlazor's popovers need next to the component under test.</summary>
    protected void AddMudProviders() => Render<MudPopoverProvider>();
}
