using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// One step of the dynamics kernels: 10⁴ HH cells (structure-of-arrays, batched SIMD exponentials), one HH cell, and a
/// 1000-compartment HH cable. Divide the population's time by 10⁴ for ns per neuron-step. Allocation must be 0 B.
/// The population beside a C loop and Brian2 is <see cref="PopulationBenchmarks"/>. The cable and the chloride tree run
/// beside their NEURON twins (benchmarks/neuron, benchmarks/python/cable_neuron.py) in <c>benchmarks/compare-cable.sh</c>,
/// which sets the <c>twin-check</c> lines their cleanups print beside the twins' after the same simulated time.
/// </summary>
[MemoryDiagnoser]
public class DynamicsBenchmarks
{
    private Population _population = null!;
    private Simulation _single = null!;
    private Cable _cable = null!;
    private Simulation _transporting = null!;
    private CableTree _tree = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bias = Enumerable.Range(0, 10_000).Select(i => CurrentDensity.FromMicroamperesPerSquareCentimeter(i % 50)).ToArray();
        var dt = Duration.FromMilliseconds(0.01);
        var rest = ElectricPotential.FromMillivolts(-65);
        _population = new Population(CellModel.HodgkinHuxley(), bias, Temperature.Squid, dt, rest, ElectricPotential.Zero);
        var stepped = CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Duration.Zero, Duration.FromSeconds(1e6), CurrentDensity.FromMicroamperesPerSquareCentimeter(10)));
        _single = new Simulation(stepped, Temperature.Squid, dt, rest);
        _transporting = new Simulation(TransportingCell(stepped), Temperature.Body, dt, rest);
        _tree = ChlorideTree(dt, rest);
        _cable = HhCable(dt, rest);
    }

    [Benchmark]
    public void PopulationStep10k() => _population.Step();

    [Benchmark]
    public void SingleCellStep() => _single.Step();

    [Benchmark]
    public void CableStep1000() => _cable.Step();

    /// <summary>One HH cell with pools, NCX, the Na⁺/K⁺ pump, KCC2 and NKCC1: the cost of the transporters per step.</summary>
    [Benchmark]
    public void SingleCellWithTransportersStep() => _transporting.Step();

    /// <summary>A 200-compartment HH tree (trunk and two daughters) whose every compartment has Cl⁻ pools, a GABA_A synapse
    /// and KCC2: the cost of per-compartment membranes in a Hines-ordered tree.</summary>
    [Benchmark]
    public void CableTreeStep200() => _tree.Step();

    /// <summary>
    /// After the cable's runs: a fresh cable stepped 10 ms from rest, and V at a few compartments printed as a
    /// <c>twin-check</c> line, for compare-cable.sh to set beside its NEURON twin's (<c>cable_neuron.py check</c>).
    /// Informative only: nothing here fails.
    /// </summary>
    [GlobalCleanup(Target = nameof(CableStep1000))]
    public void PrintCableTwinCheck()
    {
        var cable = HhCable(Duration.FromMilliseconds(0.01), ElectricPotential.FromMillivolts(-65));
        cable.Advance(Duration.FromMilliseconds(10));
        var probes = new[] { 0, 1, 500, 999 }.Select(i => Invariant($"cable[{i}] v_mV={cable.Voltage(i).Millivolts:F9}"));
        Console.WriteLine($"twin-check hh-cable library t_ms=10 {string.Join(' ', probes)}");
    }

    /// <summary>
    /// After the tree's runs: a fresh tree stepped 100 ms from rest, and V, [Cl⁻]ᵢ, E_Cl and [K⁺]ᵢ at a few compartments
    /// printed as a <c>twin-check</c> line, for compare-cable.sh to set beside its NEURON twin's. Informative only.
    /// </summary>
    [GlobalCleanup(Target = nameof(CableTreeStep200))]
    public void PrintTreeTwinCheck()
    {
        var tree = ChlorideTree(Duration.FromMilliseconds(0.01), ElectricPotential.FromMillivolts(-65));
        tree.Advance(Duration.FromMilliseconds(100));
        var line = new System.Text.StringBuilder("twin-check chloride-tree library t_ms=100");
        foreach (var (name, section, k) in new[] { ("trunk", 0, 0), ("trunk", 0, 99), ("left", 1, 0), ("left", 1, 49) })
        {
            var i = tree.IndexOf(section, k);
            var cl = tree.InsideConcentration(i, Species.Ions.Chloride);
            var eCl = Nernst.Potential(-1, cl, tree.OutsideConcentration(i, Species.Ions.Chloride), Temperature.Squid);
            var potassium = tree.InsideConcentration(i, Species.Ions.Potassium);
            line.Append(Invariant($" {name}[{k}] v_mV={tree.Voltage(i).Millivolts:F9} cl_mM={cl.Millimolar:F9} ecl_mV={eCl.Millivolts:F9} k_mM={potassium.Millimolar:F9}"));
        }

        Console.WriteLine(line.ToString());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>1000 HH compartments, 10 mm × 10 µm, R_a 35.4 Ω·cm, 6.3 °C, 10 µA/cm² into the first: NEURON's cable of issue 13.</summary>
    private static Cable HhCable(Duration dt, ElectricPotential rest)
    {
        var stepped = CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Duration.Zero, Duration.FromSeconds(1e6), CurrentDensity.FromMicroamperesPerSquareCentimeter(10)));
        return new Cable(stepped, 1000, Length.FromMillimeters(10), Length.FromMicrometers(10), ElectricalResistivity.FromOhmMeters(0.354), 0, Temperature.Squid, dt, rest);
    }

    private static CableTree ChlorideTree(Duration dt, ElectricPotential rest)
    {
        static Concentration Mm(double c) => Concentration.FromMillimolar(c);
        var membrane = CellModel.HodgkinHuxley()
            .WithConcentrations(new Species.Solution((Species.Ions.Potassium, Mm(140)), (Species.Ions.Chloride, Mm(8))), new Species.Solution((Species.Ions.Potassium, Mm(4)), (Species.Ions.Chloride, Mm(130))))
            .WithSynapse(Channels.Synapse.Ohmic("GABA_A", ConductanceDensity.FromMillisiemensPerSquareCentimeter(1), Species.Ions.Chloride, Channels.SynapticKinetics.BiExponential(Duration.FromMilliseconds(0.5), Duration.FromMilliseconds(10))), Enumerable.Range(0, 1000).Select(k => Duration.FromMilliseconds(5 * k)))
            .WithTransport(FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(1e-8)))
            .WithPools(Area.FromSquareMeters(1), Volume.FromCubicMeters(1), null);
        CableSection[] sections =
        [
            CableSection.Uniform("trunk", -1, Length.FromMicrometers(500), Length.FromMicrometers(4), 100, membrane),
            CableSection.Uniform("left", 0, Length.FromMicrometers(300), Length.FromMicrometers(2), 50, membrane),
            CableSection.Uniform("right", 0, Length.FromMicrometers(300), Length.FromMicrometers(2), 50, membrane),
        ];
        return new CableTree(sections, ElectricalResistivity.FromOhmMeters(1.0), Temperature.Squid, dt, rest);
    }

    private static CellModel TransportingCell(CellModel hh)
    {
        static Concentration Mm(double c) => Concentration.FromMillimolar(c);
        var inside = new Species.Solution((Species.Ions.Sodium, Mm(12)), (Species.Ions.Potassium, Mm(140)), (Species.Ions.Chloride, Mm(8)), (Species.Ions.Calcium, Mm(1e-4)));
        var outside = new Species.Solution((Species.Ions.Sodium, Mm(145)), (Species.Ions.Potassium, Mm(4)), (Species.Ions.Chloride, Mm(120)), (Species.Ions.Calcium, Mm(2)));
        return hh.WithConcentrations(inside, outside)
            .WithTransport(NcxKinetics.LuoRudy1994)
            .WithTransport(SodiumPotassiumAtpaseKinetics.LuoRudy1994)
            .WithTransport(FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(1e-9)))
            .WithTransport(FreeEnergyKinetics.Nkcc1(MolarFlux.FromMolesPerSquareMeterSecond(1e-9)))
            .WithPools(Area.FromSquareMeters(3.1e-10), Volume.FromCubicMeters(5.2e-16), Volume.FromCubicMeters(5.2e-16));
    }
}
