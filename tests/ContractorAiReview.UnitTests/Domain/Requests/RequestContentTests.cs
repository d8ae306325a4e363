using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.UnitTests.Domain.Requests;

public class RequestContentTests
{
    // As the previous version of the form stored them (System.Text.Json defaults: enum as its number).
    private const string StoredBySubcontractor = """{"ContractorName":"株式会社なにわ","User":1,"SubcontractorName":" 株式会社下請 ","Business":"集計"}""";
    private const string StoredByContractorWithStaleName = """{"User":0,"SubcontractorName":"株式会社下請"}""";

    [Fact]
    public void FromJson_EarlierSubcontractorChoice_ReadAsTheSecondBoxWithItsCompany()
    {
        var content = RequestContent.FromJson(StoredBySubcontractor);

        Assert.False(content.UsedByContractor);
        Assert.Equal(["株式会社下請"], content.Subcontractors);
        Assert.Equal("集計", content.Business);
    }

    [Fact]
    public void FromJson_EarlierContractorChoice_StaleCompanyNameIgnored()
    {
        var content = RequestContent.FromJson(StoredByContractorWithStaleName);

        Assert.True(content.UsedByContractor);
        Assert.Empty(content.Subcontractors);
    }

    [Fact]
    public void FromJson_EarlierStringEnum_Read()
    {
        var content = RequestContent.FromJson("""{"User":"Subcontractor","SubcontractorName":"株式会社下請"}""");

        Assert.False(content.UsedByContractor);
        Assert.Equal(["株式会社下請"], content.Subcontractors);
    }

    [Fact]
    public void ToJson_NeverWritesTheEarlierFields()
    {
        var json = RequestContent.FromJson(StoredBySubcontractor).ToJson();

        Assert.DoesNotContain("\"User\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("SubcontractorName", json, StringComparison.Ordinal);
        Assert.Contains("\"Subcontractors\":[\"株式会社下請\"]", System.Text.RegularExpressions.Regex.Unescape(json), StringComparison.Ordinal);
    }

    [Fact]
    public void BothBoxes_ContractorAndSeveralSubcontractors_KeptTogether()
    {
        var content = new RequestContent { UsedByContractor = true, Subcontractors = ["株式会社A", "株式会社B"] };

        var read = RequestContent.FromJson(content.ToJson());

        Assert.True(read.UsedByContractor);
        Assert.True(read.UsedBySubcontractors);
        Assert.Equal(["株式会社A", "株式会社B"], read.Subcontractors);
    }
}
