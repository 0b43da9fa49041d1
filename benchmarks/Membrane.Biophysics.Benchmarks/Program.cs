using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/Membrane.Biophysics.Benchmarks -- --filter '*'</c>
/// (add <c>--job Dry</c> for the CI smoke run). Exits non-zero when any selected benchmark fails to build, run or
/// verify its output, so a dry run in CI catches benchmarks that have rotted.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // BenchmarkDotNet runs each benchmark in a child process built elsewhere (possibly outside the repository,
        // e.g. with --artifacts); hand it the native folder through the environment, which it inherits.
        NativeBaseline.PublishLocationToChildProcesses();

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var failed = summaries.Where(s => s.HasCriticalValidationErrors).Select(s => s.Title)
            .Concat(summaries.SelectMany(s => s.Reports).Where(r => !r.Success).Select(r => r.BenchmarkCase.DisplayInfo))
            .ToList();
        foreach (var name in failed)
        {
            Console.Error.WriteLine($"FAILED: {name}");
        }

        return failed.Count == 0 ? 0 : 1;
    }
}
