using ContractorAiReview.Domain.Organisations;

namespace ContractorAiReview.UnitTests.Domain.Organisations;

public sealed class DepartmentTests
{
    [Fact]
    public void Name_BureauAndSection_AddressedAsOneName()
    {
        var department = new Department { Bureau = "市民局", Section = "区政課" };

        Assert.Equal("市民局区政課", department.Name);
    }

    [Fact]
    public void Name_SectionRenamed_Follows()
    {
        var department = new Department { Bureau = " 市民局", Section = "区政課 " };

        department.Section = "総務課";

        Assert.Equal("市民局総務課", department.Name);
    }
}
