using ContractorAiReview.Domain.Routing;

namespace ContractorAiReview.UnitTests.Domain.Routing;

public sealed class ApprovalRouteTests
{
    [Fact]
    public void Create_AfterTheLatest_IsTheNextVersionOfTheSameDepartment()
    {
        var first = RouteScenario.OneStep();

        var second = ApprovalRoute.Create(RouteScenario.DepartmentId, first, RouteScenario.TwoSteps().Steps, "admin", RouteScenario.Now);

        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.Single(first.Steps);
        Assert.Equal(["担当", "課長"], second.Steps.Select(s => s.Title));
    }

    [Fact]
    public void Create_LatestOfAnotherDepartment_Refused() =>
        Assert.Throws<ArgumentException>(() =>
            ApprovalRoute.Create(RouteScenario.DepartmentId + 1, RouteScenario.OneStep(), ApprovalRoute.SingleStep(10), "admin", RouteScenario.Now));

    public static TheoryData<RouteStep[], int?, RouteProblemKind> BrokenRoutes => new()
    {
        { [], null, RouteProblemKind.StepCount },
        {
            [new("担当", StepHolder.DepartmentOfficer, 5), new("課長", StepHolder.Approver, 3), new("部長", StepHolder.Approver, 3), new("局長", StepHolder.Approver, 3)],
            null, RouteProblemKind.StepCount
        },
        { [new("課長", StepHolder.Approver, 5)], 0, RouteProblemKind.Holder },
        { [new("担当", StepHolder.DepartmentOfficer, 5), new("係長", StepHolder.DepartmentOfficer, 3)], 1, RouteProblemKind.Holder },
        { [new(" ", StepHolder.DepartmentOfficer, 5)], 0, RouteProblemKind.Title },
        { [new(new string('長', RouteStep.MaxTitleLength + 1), StepHolder.DepartmentOfficer, 5)], 0, RouteProblemKind.Title },
        { [new("担当", StepHolder.DepartmentOfficer, 0)], 0, RouteProblemKind.BusinessDays },
        { [new("担当", StepHolder.DepartmentOfficer, 5), new("課長", StepHolder.Approver, RouteStep.MaxBusinessDays + 1)], 1, RouteProblemKind.BusinessDays },
    };

    [Theory]
    [MemberData(nameof(BrokenRoutes))]
    public void Problems_BrokenRoute_NamedWithItsStep(RouteStep[] steps, int? step, RouteProblemKind kind)
    {
        Assert.Contains(new RouteProblem(step, kind), ApprovalRoute.Problems(steps));
        Assert.Throws<ArgumentException>(() => ApprovalRoute.Create(RouteScenario.DepartmentId, null, steps, "admin", RouteScenario.Now));
    }

    [Fact]
    public void Problems_ThreeStepsOfficerThenApprovers_None() =>
        Assert.Empty(ApprovalRoute.Problems(
            [new("担当", StepHolder.DepartmentOfficer, 5), new("課長", StepHolder.Approver, 3), new("局長", StepHolder.Approver, 2)]));
}
