using System.Globalization;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Routing;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Audit;
using ContractorAiReview.Web.Reviews;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>
/// Pages name enum values through keys built from them (e.g. <c>Status.{status}</c>): every value the code has gets a
/// Japanese and an English label, so a new status, move or event never shows its key on a screen.
/// </summary>
public sealed class EnumLabelsTests
{
    public static TheoryData<string> Keys()
    {
        IEnumerable<string> keys =
        [
            .. Enum.GetValues<RequestStatus>().Select(v => $"Status.{v}"),
            .. Enum.GetValues<RequestTrigger>().Select(v => $"Trigger.{v}"),
            .. Enum.GetValues<AuditEvent>().Select(v => $"AuditEvent.{v}"),
            .. Enum.GetValues<Web.Notifications.NotificationKind>().Select(v => $"Notification.{v}"),
            .. Enum.GetValues<Web.Notifications.OutboxState>().Select(v => $"Mail.State.{v}"),
            .. Enum.GetValues<DocumentKind>().Select(v => $"DocumentKind.{v}"),
            .. Enum.GetValues<DocumentValidity>().Select(v => $"Validity.{v}"),
            .. Enum.GetValues<TaskQueue>().SelectMany(v => new[] { $"Queue.{v}", $"Queue.{v}.Lead" }),
            .. Enum.GetValues<StepHolder>().SelectMany(v => new[] { $"Role.{v}", $"Timeline.Step.{v}" }),
            .. Enum.GetValues<RouteProblemKind>().Select(v => $"Route.Problem.{v}"),
            .. Enum.GetValues<Domain.Journal.JournalKind>().Select(v => $"Journal.Kind.{v}"),
            .. Enum.GetValues<FormField>().Select(v => $"ReturnTarget.Field.{v}"),
            .. Enum.GetValues<Domain.Changes.ServiceAspect>().Select(v => $"Aspect.{v}"),
            .. Enum.GetValues<Domain.Journal.JournalProblemKind>().Select(v => $"Journal.Problem.{v}"),
            .. Roles.All.Select(r => $"Role.{r}"),
            .. RequestTriggers.Sanctions.SelectMany(t => new[] { $"Action.{t}", $"Sanction.{t}.Lead", $"Sanction.{t}.Done" }),
            .. RequestStatuses.Suspended.Concat(RequestStatuses.Revoked).Select(s => $"Sanction.Shown.{s}"),
            .. RequestLifecycle.Moves().Where(m => m.Guard is not null).Select(m => $"Definitions.Guard.{m.Guard}"),
        ];
        return new TheoryData<string>(keys.Distinct());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Key_HasAJapaneseAndAnEnglishLabel(string key)
    {
        foreach (var culture in new[] { "ja", "en" })
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                var label = Localization.Strings[key];
                Assert.False(label.ResourceNotFound, $"{key} has no {culture} label.");
                Assert.NotEqual(key, label.Value);
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
    }
}
