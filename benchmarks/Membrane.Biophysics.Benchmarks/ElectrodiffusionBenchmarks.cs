using BenchmarkDotNet.Attributes;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// A 10-ion liquid junction potential (K⁺, Na⁺, Cs⁺, Ca²⁺, Mg²⁺, Cl⁻, gluconate⁻, HEPES⁻, HCO₃⁻, SO₄²⁻; four valence
/// classes) by Planck and by Henderson. Target: Planck under 100 µs.
/// </summary>
[MemoryDiagnoser]
public class JunctionPotentialBenchmarks
{
    private readonly Solution _pipette = Solution.Millimolar((Ions.Potassium, 120), (Ions.Sodium, 10), (Ions.Gluconate, 110), (Ions.Chloride, 14), (Ions.Magnesium, 2), (Ions.Hepes, 10), (Ions.Calcium, 0.5), (Ions.Sulfate, 1), (Ions.Bicarbonate, 0), (Ions.Cesium, 1));
    private readonly Solution _bath = Solution.Millimolar((Ions.Potassium, 2.5), (Ions.Sodium, 151), (Ions.Gluconate, 0), (Ions.Chloride, 131.5), (Ions.Magnesium, 1), (Ions.Hepes, 0), (Ions.Calcium, 2), (Ions.Sulfate, 1), (Ions.Bicarbonate, 26), (Ions.Cesium, 0));
    private readonly Temperature _temperature = Temperature.FromDegreesCelsius(25);

    [Benchmark]
    public ElectricPotential Planck() => JunctionPotential.Planck(_pipette, _bath, _temperature);

    [Benchmark]
    public ElectricPotential Henderson() => JunctionPotential.Henderson(_pipette, _bath, _temperature);

}

/// <summary>
/// A steady Poisson–Nernst–Planck solve (K⁺, Na⁺, Cl⁻ across 100 nm at −70 mV) at 10³, 10⁴ and 10⁵ intervals:
/// the cost should grow no faster than N^1.1.
/// </summary>
[MemoryDiagnoser]
public class PoissonNernstPlanckBenchmarks
{
    private readonly PnpSpecies[] _species =
    [
        new("K⁺", 1, Diffusivity.FromSquareMetersPerSecond(1.957e-9), Concentration.FromMillimolar(140), Concentration.FromMillimolar(5)),
        new("Na⁺", 1, Diffusivity.FromSquareMetersPerSecond(1.334e-9), Concentration.FromMillimolar(10), Concentration.FromMillimolar(145)),
        new("Cl⁻", -1, Diffusivity.FromSquareMetersPerSecond(2.032e-9), Concentration.FromMillimolar(150), Concentration.FromMillimolar(150)),
    ];

    [Params(1_000, 10_000, 100_000)]
    public int Intervals { get; set; }

    [Benchmark]
    public PnpSolution Solve() => PoissonNernstPlanck.SteadyState(
        _species, ElectricPotential.FromMillivolts(-70), ElectricPotential.Zero, Length.FromNanometers(100), 78, Temperature.FromDegreesCelsius(25), Intervals);
}
