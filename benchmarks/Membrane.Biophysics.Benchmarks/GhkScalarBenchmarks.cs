using BenchmarkDotNet.Attributes;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// One checked <c>GhkVoltage.ReversalPotential</c> call: the mixed-valence Newton/Brent solve (Na⁺, K⁺, Cl⁻, Ca²⁺; target under
/// 1 µs) and, for scale, the monovalent closed form (Na⁺, K⁺, Cl⁻). Mammalian concentrations, 37 °C.
/// </summary>
[MemoryDiagnoser]
public class GhkScalarBenchmarks
{
    private static readonly Temperature Body = Temperature.FromKelvins(GhkData.Kelvins);

    private readonly PermeantIon[] _mixed =
    [
        new(Ions.Sodium, Permeability.FromMetersPerSecond(0.04e-8), IonGradient.Millimolar(12, 145)),
        new(Ions.Potassium, Permeability.FromMetersPerSecond(1e-8), IonGradient.Millimolar(140, 5)),
        new(Ions.Chloride, Permeability.FromMetersPerSecond(0.45e-8), IonGradient.Millimolar(10, 110)),
        new(Ions.Calcium, Permeability.FromMetersPerSecond(0.1e-8), IonGradient.Millimolar(1e-4, 2)),
    ];

    private PermeantIon[] _monovalent = [];

    [GlobalSetup]
    public void Setup() => _monovalent = _mixed[..3];

    [Benchmark]
    public ElectricPotential MixedValenceReversal() => GhkVoltage.ReversalPotential(_mixed, Body);

    [Benchmark]
    public ElectricPotential MonovalentReversal() => GhkVoltage.ReversalPotential(_monovalent, Body);
}
