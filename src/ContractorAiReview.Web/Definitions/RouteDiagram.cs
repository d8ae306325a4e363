using System.Text;
using ContractorAiReview.Domain.Routing;
using ContractorAiReview.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Definitions;

/// <summary>
/// A department's route as a Mermaid flowchart, drawn from the saved route itself: 提出, each step with its holder and
/// business days, the decision, the return to the contractor from every step and the send-back inside the office
/// from every approval step.
/// </summary>
public static class RouteDiagram
{
    public static string ToMermaid(IReadOnlyList<RouteStep> steps, IStringLocalizer<Strings> l)
    {
        var text = new StringBuilder("flowchart LR\n");
        text.Append($"    filed([\"{Escape(l["Timeline.Filed"])}\"])\n");
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            text.Append($"    s{i}[\"{Escape(l[$"Timeline.Step.{step.Holder}", step.Title])}<br/>{Escape(l[$"Role.{step.Holder}"])}・{Escape(l["Definitions.Days", step.BusinessDays])}\"]\n");
        }

        text.Append($"    confirmed([\"{Escape(l["Status.Confirmed"])}\"])\n");
        text.Append($"    returned([\"{Escape(l["Status.Returned"])}\"])\n");
        text.Append("    filed --> s0\n");
        for (var i = 0; i < steps.Count; i++)
        {
            text.Append(i + 1 < steps.Count
                ? $"    s{i} -- \"{Escape(l["Trigger.Forward"])}\" --> s{i + 1}\n"
                : $"    s{i} -- \"{Escape(l["Trigger.Confirm"])}\" --> confirmed\n");
            text.Append($"    s{i} -. \"{Escape(l["Trigger.Return"])}\" .-> returned\n");
            if (i > 0)
            {
                text.Append($"    s{i} -. \"{Escape(l["Trigger.SendBack"])}\" .-> s{i - 1}\n");
            }
        }

        return text.ToString();
    }

    private static string Escape(string value) => value.Replace("\"", "#quot;", StringComparison.Ordinal);
}
