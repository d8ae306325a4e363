using ContractorAiReview.Domain.Screening;
using ContractorAiReview.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Catalogue;

/// <summary>
/// A finding in the reader's language: its message worded from tools/strings.tsv (<c>Finding.&lt;code&gt;</c>) around
/// the values it quotes, and the words of its facts (<c>Fact.&lt;word&gt;</c>). The Japanese template of each message is
/// the domain's own wording (a test holds them equal); what a contractor typed and the guideline's text stay as written.
/// </summary>
public sealed class FindingText(IStringLocalizer<Strings> l)
{
    public string Message(Finding finding)
    {
        var text = l[$"Finding.{finding.Code}", [.. finding.Args]];
        return text.ResourceNotFound ? finding.Message : text.Value;
    }

    /// <summary>A fact's name, value or source: translated where it is one of the screen's own words, else as recorded.</summary>
    public string Fact(string word)
    {
        var text = l[$"Fact.{word}"];
        return text.ResourceNotFound ? word : text.Value;
    }
}
