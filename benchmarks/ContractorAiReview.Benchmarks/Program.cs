// Replaced by the document benchmarks (issue 3).
System.Console.WriteLine("No benchmarks yet.");
