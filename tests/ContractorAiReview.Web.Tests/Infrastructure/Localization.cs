using ContractorAiReview.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Tests.Infrastructure;

public static class Localization
{
    /// <summary>The app's real resource-backed localizer.</summary>
    public static IStringLocalizer<Strings> Strings { get; } =
        new StringLocalizer<Strings>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
