using BenchmarkDotNet.Attributes;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>One checked scalar Nernst potential (K⁺, 140 mM in, 5 mM out, 37 °C): the cost of a single call.</summary>
[MemoryDiagnoser]
public class NernstScalarBenchmarks
{
    private Concentration _inside = Concentration.FromMillimolar(140);
    private Concentration _outside = Concentration.FromMillimolar(5);
    private Temperature _temperature = Temperature.FromKelvins(NernstData.Kelvins);

    [Benchmark]
    public ElectricPotential Potential() => Nernst.Potential(NernstData.Valence, _inside, _outside, _temperature);
}
