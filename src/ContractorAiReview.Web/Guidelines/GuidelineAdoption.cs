namespace ContractorAiReview.Web.Guidelines;

/// <summary>An administrator made a guideline version current: new requests and changes are filed under it from then on.</summary>
public sealed class GuidelineAdoption
{
    public int Id { get; private set; }
    public string GuidelineKey { get; private set; } = "";
    public DateTimeOffset AdoptedAtUtc { get; private set; }
    public string AdoptedByUserId { get; private set; } = "";
    public string AdoptedByName { get; private set; } = "";

    private GuidelineAdoption()
    {
    }

    public static GuidelineAdoption Of(string key, string userId, string name, DateTimeOffset nowUtc) =>
        new() { GuidelineKey = key, AdoptedAtUtc = nowUtc, AdoptedByUserId = userId, AdoptedByName = name };
}
