using System.Linq;
using BenchmarkDotNet.Attributes;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// One step of the dynamics kernels: 10⁴ HH cells (structure-of-arrays, batched SIMD exponentials), one HH cell, and a
/// 1000-compartment HH cable. Divide the population's time by 10⁴ for ns per neuron-step. Allocation must be 0 B.
/// The population beside a C loop and Brian2 is <see cref="PopulationBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class DynamicsBenchmarks
{
    private Population _population = null!;
    private Simulation _single = null!;
    private Cable _cable = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bias = Enumerable.Range(0, 10_000).Select(i => CurrentDensity.FromMicroamperesPerSquareCentimeter(i % 50)).ToArray();
        var dt = Duration.FromMilliseconds(0.01);
        var rest = ElectricPotential.FromMillivolts(-65);
        _population = new Population(CellModel.HodgkinHuxley(), bias, Temperature.Squid, dt, rest, ElectricPotential.Zero);
        var stepped = CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Duration.Zero, Duration.FromSeconds(1e6), CurrentDensity.FromMicroamperesPerSquareCentimeter(10)));
        _single = new Simulation(stepped, Temperature.Squid, dt, rest);
        _cable = new Cable(stepped, 1000, Length.FromMillimeters(10), Length.FromMicrometers(10), 0.354, 0, Temperature.Squid, dt, rest);
    }

    [Benchmark]
    public void PopulationStep10k() => _population.Step();

    [Benchmark]
    public void SingleCellStep() => _single.Step();

    [Benchmark]
    public void CableStep1000() => _cable.Step();
}
