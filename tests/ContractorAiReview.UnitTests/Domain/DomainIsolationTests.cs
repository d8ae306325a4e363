using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.UnitTests.Domain;

/// <summary>The domain stays free of infrastructure: no EF Core, ASP.NET Core or MudBlazor reference.</summary>
public sealed class DomainIsolationTests
{
    [Fact]
    public void DomainAssembly_ReferencesNoInfrastructure()
    {
        var references = typeof(ConfirmationRequest).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(references, name =>
            name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || name.StartsWith("MudBlazor", StringComparison.Ordinal)
            || name.StartsWith("FluentValidation", StringComparison.Ordinal));
        Assert.Contains("Stateless", references);
    }
}
