using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.UnitsNet;
using UN = UnitsNet;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// The library's quantity operations beside UnitsNet's, side by side in one run (docs/quantities.md, "Why the library
/// keeps its own quantities"): a sum and an equality of two potentials, each category with the library as its baseline,
/// and the bridge's conversions. UnitsNet's operands are in volts, the common case; the mixed-unit sum (mV + V) shows
/// what UnitsNet pays when the units differ. A single library operation is one machine instruction, below what a
/// benchmark can time apart from an empty method, so the same operations also run over 1000 values
/// (<c>OperationsPerInvoke</c>: the time shown is per operation), which is where the ratio is read. Run:
/// <c>dotnet run -c Release --project benchmarks/Membrane.Biophysics.Benchmarks -- --filter '*UnitsNetBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class UnitsNetBenchmarks
{
    private ElectricPotential _a = ElectricPotential.FromMillivolts(-70);
    private ElectricPotential _b = ElectricPotential.FromMillivolts(15);
    private UN.ElectricPotential _unA = UN.ElectricPotential.FromVolts(-0.070);
    private UN.ElectricPotential _unB = UN.ElectricPotential.FromVolts(0.015);
    private UN.ElectricPotential _unMillivolts = UN.ElectricPotential.FromMillivolts(15);

    private const int Count = 1000;
    private ElectricPotential[] _xs = [];
    private ElectricPotential[] _ys = [];
    private UN.ElectricPotential[] _unXs = [];
    private UN.ElectricPotential[] _unYs = [];

    [GlobalSetup]
    public void Setup()
    {
        // Potentials from −100 to +100 mV, every third pair equal.
        var random = new Random(42);
        var millivolts = Enumerable.Range(0, Count).Select(_ => Math.Round(random.NextDouble() * 200 - 100, 3)).ToArray();
        var others = millivolts.Select((v, i) => i % 3 == 0 ? v : v + 1).ToArray();
        _xs = [.. millivolts.Select(ElectricPotential.FromMillivolts)];
        _ys = [.. others.Select(ElectricPotential.FromMillivolts)];
        _unXs = [.. _xs.Select(x => UN.ElectricPotential.FromVolts(x.Volts))];
        _unYs = [.. _ys.Select(y => UN.ElectricPotential.FromVolts(y.Volts))];
    }

    [Benchmark(Baseline = true), BenchmarkCategory("a + b")]
    public ElectricPotential Library_sum() => _a + _b;

    [Benchmark, BenchmarkCategory("a + b")]
    public UN.ElectricPotential UnitsNet_sum() => _unA + _unB;

    [Benchmark, BenchmarkCategory("a + b")]
    public UN.ElectricPotential UnitsNet_sum_of_mV_and_V() => _unA + _unMillivolts;

    [Benchmark(Baseline = true), BenchmarkCategory("a == b")]
    public bool Library_equality() => _a == _b;

    // UnitsNet 5 marks its == obsolete (it asks for Equals with a tolerance); this is the operator a user writes.
#pragma warning disable CS0618
    [Benchmark, BenchmarkCategory("a == b")]
    public bool UnitsNet_equality() => _unA == _unB;
#pragma warning restore CS0618

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("1000 × (s + x)")]
    public ElectricPotential Library_running_sum()
    {
        var sum = ElectricPotential.Zero;
        foreach (var x in _xs)
        {
            sum += x;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("1000 × (s + x)")]
    public UN.ElectricPotential UnitsNet_running_sum()
    {
        var sum = UN.ElectricPotential.Zero;
        foreach (var x in _unXs)
        {
            sum += x;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("1000 × (x == y)")]
    public int Library_equalities()
    {
        var equal = 0;
        for (var i = 0; i < _xs.Length; i++)
        {
            equal += _xs[i] == _ys[i] ? 1 : 0;
        }

        return equal;
    }

#pragma warning disable CS0618
    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("1000 × (x == y)")]
    public int UnitsNet_equalities()
    {
        var equal = 0;
        for (var i = 0; i < _unXs.Length; i++)
        {
            equal += _unXs[i] == _unYs[i] ? 1 : 0;
        }

        return equal;
    }
#pragma warning restore CS0618

    [Benchmark, BenchmarkCategory("bridge")]
    public UN.ElectricPotential Bridge_ToUnitsNet() => _a.ToUnitsNet();

    [Benchmark, BenchmarkCategory("bridge")]
    public ElectricPotential Bridge_ToBiophysics_from_V() => _unA.ToBiophysics();

    [Benchmark, BenchmarkCategory("bridge")]
    public ElectricPotential Bridge_ToBiophysics_from_mV() => _unMillivolts.ToBiophysics();
}
