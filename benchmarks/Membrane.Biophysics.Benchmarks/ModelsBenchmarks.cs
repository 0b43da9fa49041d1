using BenchmarkDotNet.Attributes;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// Whole runs of ready models: the endosome (both cases, 2000 s each, sampled every 2 s; stiff and explicit integrators;
/// the baseline is the same equations in SciPy's LSODA, tests/reference/endosome_scipy.py, which prints its wall time;
/// benchmarks/compare-endosome.sh runs both and prints the ratios), and the bacterial cell
/// (both cases, 600 s), the chloride model's whole cell, the plant cell with its vacuole, and the ischaemia model: its
/// default run (control and ischaemia, 10 min each, hybrid integration) and one minute of ischaemia hybrid versus fixed
/// steps of 25 µs throughout (the cost the hybrid saves; the baseline is the same cell in SciPy's LSODA,
/// tests/reference/ischaemia_scipy.py, and benchmarks/compare-ischaemia.sh runs both). Allocation is the recordings',
/// not the integration's (except the whole cell's: the quasi-steady advance allocates per call). The K⁺ buffering
/// model: its default run (weak and strong, 8 s each at 25 µs), and one second of fixed steps of its strong-buffering
/// tissue against the same neuron without the astrocyte (the astrocyte's cost per step; no outside baseline: no NEURON
/// or C version of this tissue exists here).
/// </summary>
[MemoryDiagnoser]
public class ModelsBenchmarks
{
    private readonly EndosomeAcidificationModel _endosome = EndosomeAcidificationModel.Default;
    private readonly BacterialEnergeticsModel _bacterium = BacterialEnergeticsModel.Default;
    private readonly EndosomeAcidificationModel _endosomeExplicit = EndosomeAcidificationModel.Default with { Integrator = OdeMethod.Explicit };
    private readonly IschaemiaModel _ischaemiaMinute = IschaemiaModel.Default with { Duration = Duration.FromMinutes(1) };
    private readonly EndosomeAcidificationModel _endosomeFinalOnly = EndosomeAcidificationModel.Default with { SamplingInterval = Duration.FromSeconds(2000) };

    /// <summary>The default run, with the stiff integrator (Rodas) the model uses by default.</summary>
    [Benchmark]
    public EndosomeAcidificationResult EndosomeDefaultRun() => _endosome.Run();

    /// <summary>The same with the explicit Dormand–Prince integrator the model used before: the cost of stiffness.</summary>
    [Benchmark]
    public EndosomeAcidificationResult EndosomeDefaultRunExplicit() => _endosomeExplicit.Run();

    /// <summary>The same without the 1000 samples (one at the end), as the SciPy baseline returns only its end state.</summary>
    [Benchmark]
    public EndosomeAcidificationResult EndosomeFinalStateOnly() => _endosomeFinalOnly.Run();

    [Benchmark]
    public BacterialEnergeticsResult BacterialDefaultRun() => _bacterium.Run();

    /// <summary>The chloride model's whole cell, immature expression: 8 h by the quasi-steady advance, 961 samples.</summary>
    [Benchmark]
    public WholeCellChlorideScenario ChlorideWholeCellImmature() => _chloride.RunWholeCell("immature", _chloride.Immature.Nkcc1, _chloride.Immature.Kcc2);

    /// <summary>The plant cell with its vacuole, SOS1 and NHX: 1 h, 361 samples.</summary>
    [Benchmark]
    public SaltStressVacuoleScenario SaltStressWithVacuole() => _plant.RunWithVacuole("SOS1 and NHX", decoder: true, nhx: true);

    private readonly ChlorideHomeostasisModel _chloride = ChlorideHomeostasisModel.Default;
    private readonly SaltStressModel _plant = SaltStressModel.Default;
    private readonly CellModel _tissue = PotassiumBufferingModel.Default.CellModel(1);
    private readonly CellModel _neuronAlone = IschaemiaModel.Default.CellModel(1);

    /// <summary>The ischaemia model's default run, as the tour, the command line and the notebook run it.</summary>
    [Benchmark]
    public IschaemiaResult IschaemiaDefaultRun() => IschaemiaModel.Default.Run();

    /// <summary>One minute of ischaemia, hybrid integration.</summary>
    [Benchmark]
    public IschaemiaScenario IschaemiaMinuteHybrid() => _ischaemiaMinute.RunWithPumpFraction("ischaemia", 0);

    /// <summary>The same minute at fixed steps throughout.</summary>
    [Benchmark]
    public IschaemiaScenario IschaemiaMinuteFixedStep() => (_ischaemiaMinute with { Integration = IschaemiaIntegration.FixedStep }).RunWithPumpFraction("ischaemia", 0);

    /// <summary>One minute of ischaemia with astrocytes (<see cref="IschaemiaModel.Glia"/>), hybrid integration.</summary>
    [Benchmark]
    public IschaemiaScenario IschaemiaWithGliaMinuteHybrid() => (_ischaemiaMinute with { Glia = TissueAstrocyte.Halnes2013 }).RunWithPumpFraction("ischaemia", 0);

    /// <summary>The same minute with astrocytes at fixed steps throughout.</summary>
    [Benchmark]
    public IschaemiaScenario IschaemiaWithGliaMinuteFixedStep() => (_ischaemiaMinute with { Glia = TissueAstrocyte.Halnes2013, Integration = IschaemiaIntegration.FixedStep }).RunWithPumpFraction("ischaemia", 0);

    /// <summary>The K⁺ buffering model's default run, as the tour, the command line and the notebook run it.</summary>
    [Benchmark]
    public PotassiumBufferingResult PotassiumBufferingDefaultRun() => PotassiumBufferingModel.Default.Run();

    /// <summary>One second (40 000 steps of 25 µs) of the neuron, ECS and astrocyte, no recording.</summary>
    [Benchmark]
    public ElectricPotential PotassiumBufferingTissueSecond() => Second(_tissue);

    /// <summary>The same second of the neuron alone (the ischaemia cell with its pumps), for the astrocyte's cost.</summary>
    [Benchmark]
    public ElectricPotential NeuronAloneSecond() => Second(_neuronAlone);

    private static ElectricPotential Second(CellModel model)
    {
        var sim = new Simulation(model, Temperature.Body, Duration.FromMicroseconds(25), ElectricPotential.FromMillivolts(-65));
        sim.Advance(Duration.FromSeconds(1));
        return sim.Voltage;
    }
}
