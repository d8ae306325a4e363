using ContractorAiReview.BrowserTests.Infrastructure;

// One app process and one Chromium for the whole run; tests one at a time (a 2-core CI machine).
[assembly: AssemblyFixture(typeof(BrowserFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
