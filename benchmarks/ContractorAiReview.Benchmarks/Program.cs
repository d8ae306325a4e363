using System.Diagnostics;
using BenchmarkDotNet.Running;
using ContractorAiReview.Benchmarks;
using ContractorAiReview.Documents;
using ContractorAiReview.UnitTests.Documents;

// Modes:
//   --samples DIR   write one PDF of every document kind to DIR (to look at them)
//   --parallel [N]  render N notices (default 100) in parallel and report errors; exit code 1 on any error
//   --sizes         print the byte size of every document kind
//   --time [N]      sequential warm time per document kind (a quick check; BenchmarkDotNet is the reference)
//   anything else   BenchmarkDotNet (e.g. --filter * --job short)
if (args.Length > 0 && args[0] == "--samples")
{
    var directory = args.Length > 1 ? args[1] : "/tmp/docs-samples";
    Directory.CreateDirectory(directory);
    foreach (var (name, render) in DocumentKinds.All)
    {
        var bytes = render();
        File.WriteAllBytes(Path.Combine(directory, name + ".pdf"), bytes);
        Console.WriteLine($"{name}.pdf\t{bytes.Length:N0} bytes");
    }

    return 0;
}

if (args.Length > 0 && args[0] == "--sizes")
{
    foreach (var (name, render) in DocumentKinds.All)
    {
        Console.WriteLine($"{name}\t{render().Length:N0} bytes");
    }

    return 0;
}

if (args.Length > 0 && args[0] == "--time")
{
    // A quick sequential check. Wall time suffers when other processes share the cores; the process's CPU time per
    // document does much less, so both are printed. BenchmarkDotNet is the reference on a quiet machine.
    var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50;
    var process = Process.GetCurrentProcess();
    // Warm every kind first: tiered JIT recompiles hot code after ~30 calls, which would otherwise land in the first kinds' numbers.
    for (var i = 0; i < 40; i++)
    {
        foreach (var (_, render) in DocumentKinds.All)
        {
            render();
        }
    }

    Thread.Sleep(500);
    foreach (var (name, render) in DocumentKinds.All)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            render();
        }

        process.Refresh();
        Console.WriteLine($"{name,-32}\twall {stopwatch.Elapsed.TotalMilliseconds / rounds,6:F2} ms\tcpu {(process.TotalProcessorTime - cpu).TotalMilliseconds / rounds,6:F2} ms");
    }

    return 0;
}

if (args.Length > 0 && args[0] == "--parallel")
{
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
    return ParallelRun.Run(count);
}

BenchmarkSwitcher.FromAssembly(typeof(DocumentBenchmarks).Assembly).Run(args);
return 0;

namespace ContractorAiReview.Benchmarks
{
    internal static class DocumentKinds
    {
        private static readonly PdfDocumentRenderer Renderer = new();

        public static readonly (string Name, Func<byte[]> Render)[] All =
        [
            ("confirmation-notice", () => Renderer.RenderConfirmationNotice(DocumentSamples.Notice(DocumentSamples.Stamp))),
            ("confirmation-request-form", () => Renderer.RenderConfirmationRequestForm(DocumentSamples.RequestForm(stamp: DocumentSamples.Stamp))),
            ("confirmation-request-form-long", () => Renderer.RenderConfirmationRequestForm(DocumentSamples.RequestForm(DocumentSamples.LongAnswer(5000)))),
            ("return-notice", () => Renderer.RenderReturnNotice(DocumentSamples.Return())),
            ("special-specification", () => Renderer.RenderSpecialSpecification(DocumentSamples.Specification())),
            ("deliverable-consent", () => Renderer.RenderDeliverableConsent(DocumentSamples.Consent())),
        ];
    }

    internal static class ParallelRun
    {
        public static int Run(int count)
        {
            var renderer = new PdfDocumentRenderer();
            var failures = 0;
            // The first round includes loading and parsing the fonts; the second shows the warm throughput.
            foreach (var round in new[] { "cold", "warm" })
            {
                var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
                var sizes = new long[count];
                var stopwatch = Stopwatch.StartNew();
                Parallel.For(0, count, i =>
                {
                    try
                    {
                        var notice = DocumentSamples.Notice(DocumentSamples.Stamp) with { RequestNumber = $"AI2026-{i:0000}" };
                        var bytes = renderer.RenderConfirmationNotice(notice);
                        if (bytes.Length < 1000 || bytes[0] != (byte)'%')
                        {
                            errors.Add($"#{i}: not a PDF ({bytes.Length} bytes)");
                        }

                        sizes[i] = bytes.Length;
                    }
                    catch (Exception e)
                    {
                        errors.Add($"#{i}: {e.GetType().Name}: {e.Message}");
                    }
                });
                stopwatch.Stop();
                Console.WriteLine($"{round}: rendered {count} notices in parallel on {Environment.ProcessorCount} cores in {stopwatch.ElapsedMilliseconds} ms " +
                                  $"({(double)stopwatch.ElapsedMilliseconds / count:F1} ms per notice); sizes {sizes.Min():N0}-{sizes.Max():N0} bytes; errors: {errors.Count}");
                foreach (var error in errors.Take(10))
                {
                    Console.WriteLine(error);
                }

                failures += errors.Count;
            }

            return failures == 0 ? 0 : 1;
        }
    }
}
