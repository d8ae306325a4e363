namespace ContractorAiReview.Web.Resources;

/// <summary>
/// The UI labels: Strings.resx (Japanese, the neutral language) and Strings.en.resx, generated from tools/strings.tsv.
/// Official wording of the guideline is not here: it comes from templates/.
/// </summary>
public sealed class Strings;
