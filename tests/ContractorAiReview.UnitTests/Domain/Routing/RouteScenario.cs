using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Routing;

namespace ContractorAiReview.UnitTests.Domain.Routing;

/// <summary>A department (id 5) with its people and routes, and a request of its contract filed on a route.</summary>
internal static class RouteScenario
{
    public const int DepartmentId = 5;
    public const int ProcessingDays = 10;

    /// <summary>Tuesday 24 November 2026, 10:00 in Japan.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    public static readonly Actor Contractor = new("c1", "高橋 健", "Contractor");
    public static readonly Actor Officer = new("o1", "中村 由美", nameof(StepHolder.DepartmentOfficer));
    public static readonly Actor OtherOfficer = new("o2", "佐藤 一郎", nameof(StepHolder.DepartmentOfficer));
    public static readonly Actor Chief = new("a1", "松本 秀樹", nameof(StepHolder.Approver));
    public static readonly Actor DeputyChief = new("a2", "井上 花子", nameof(StepHolder.Approver));

    /// <summary>担当 (5 business days) checks, 課長 (3 business days) approves.</summary>
    public static ApprovalRoute TwoSteps() => ApprovalRoute.Create(DepartmentId, latest: null,
        [new RouteStep("担当", StepHolder.DepartmentOfficer, 5), new RouteStep("課長", StepHolder.Approver, 3)], "admin", Now.AddDays(-30));

    public static ApprovalRoute OneStep() =>
        ApprovalRoute.Create(DepartmentId, latest: null, ApprovalRoute.SingleStep(ProcessingDays), "admin", Now.AddDays(-30));

    public static ConfirmationRequest Draft()
    {
        var contract = new Contract { Id = 7, Name = "業務", ContractorId = 3, DepartmentId = DepartmentId, FiscalYear = 2026 };
        contract.AttachSpecialSpecification("osaka-contractor/1.1", Now.AddDays(-60));
        return ConfirmationRequest.CreateNew(contract, "AI2026-0001", "osaka-contractor/1.1", new RequestContent { PledgeAcknowledged = true }, Contractor, Now.AddDays(-1));
    }

    public static ConfirmationRequest Filed(ApprovalRoute route)
    {
        var request = Draft();
        request.Submit(Contractor, Now, ProcessingDays, route);
        return request;
    }

    /// <summary>Filed on the two-step route, checked by the officer and waiting at 課長, unassigned.</summary>
    public static ConfirmationRequest AtApproval()
    {
        var request = Filed(TwoSteps());
        request.Claim(Officer, Now);
        request.Forward(Officer, Now.AddHours(1));
        return request;
    }

    /// <summary>Confirmed on the one-step route.</summary>
    public static ConfirmationRequest Confirmed()
    {
        var request = Filed(OneStep());
        request.Claim(Officer, Now);
        request.Confirm(Officer, Now.AddHours(1), amended: null);
        return request;
    }
}
