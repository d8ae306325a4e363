using ContractorAiReview.Domain.Contracts;

namespace ContractorAiReview.UnitTests.Domain.Contracts;

public sealed class ContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ContractType.Sale)]
    [InlineData(ContractType.Lease)]
    [InlineData(ContractType.ByApplication)]
    public void AttachSpecialSpecification_ExcludedType_Refused(ContractType type)
    {
        var contract = new Contract { Name = "市有地売払い", Type = type };

        Assert.Throws<InvalidOperationException>(() => contract.AttachSpecialSpecification("osaka-contractor/1.1", Now));
        Assert.False(contract.HasSpecialSpecification);
    }

    [Theory]
    [InlineData(ContractType.Services)]
    [InlineData(ContractType.Purchase)]
    [InlineData(ContractType.Borrowing)]
    [InlineData(ContractType.Other)]
    public void AttachSpecialSpecification_CoveredType_Attached(ContractType type)
    {
        var contract = new Contract { Name = "業務委託", Type = type };

        contract.AttachSpecialSpecification("osaka-contractor/1.1", Now);

        Assert.Equal("osaka-contractor/1.1", contract.SpecialSpecificationVersion);
        Assert.Equal(Now, contract.SpecialSpecificationAttachedAtUtc);
    }
}
