using System;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// Neuron – extracellular space – astrocyte K⁺ handling: a mammalian neuron fires at high frequency into a closed
/// extracellular space (ECS); the K⁺ it loses raises [K⁺]ₒ, so E_K and the membrane depolarise and the cell fires faster
/// (the positive feedback of seizures); an astrocyte sharing the ECS takes K⁺ up through its Kir channel, its Na⁺/K⁺
/// pump and a saturable buffer. The model runs the same stimulus with strong (published) and weak astrocytic buffering
/// and reports the [K⁺]ₒ peak, the impulses fired and how long E_K and V stay depolarised after the stimulus.
/// </summary>
/// <remarks>
/// <para>
/// The neuron is the cell of <see cref="IschaemiaModel"/> with its pumps working (<see cref="IschaemiaModel.CellModel"/>
/// with fraction 1): the transient and persistent Na⁺ and delayed-rectifier K⁺ channels of <see cref="Gentiletti2022"/>,
/// Na⁺, K⁺, Cl⁻ and Ca²⁺ leaks balanced at its resting potential by its Na⁺/K⁺-ATPase, NCX and PMCA, osmotic volume,
/// 37 °C. The tissue is divided into neuron, ECS and astrocyte by volume fractions: ECS α = 0.2 (Syková, E. and
/// Nicholson, C. (2008) <i>Physiol. Rev.</i> 88, 1277–1340), astrocytes 0.4 and neurons the rest, 0.4 (the fractions of
/// Halnes, G. et al. (2013) <i>PLoS Comput. Biol.</i> 9, e1003386, after Chen, K. C. and Nicholson, C. (2000)
/// <i>Biophys. J.</i> 78, 2776–2797); the neuron's own volume and area are those of its 10 µm soma.
/// </para>
/// <para>
/// The astrocyte (<see cref="Dynamics.Astrocyte"/>, its own membrane potential free) has Halnes et al.'s (2013)
/// membrane: 50 nm of cytoplasm per unit membrane area (membrane area = volume/50 nm), the Kir channel of Øyehaug et al.
/// (2012) (<see cref="GlialInwardRectifier"/>, 1.696 mS/cm²), Na⁺ and Cl⁻ leaks of 0.1 and 0.05 mS/cm², [Na⁺] 15 and
/// [K⁺] 100 mM, and the Na⁺/K⁺ pump with their half-saturations (10 mM Na⁺, 1.5 mM K⁺) in the form of
/// <see cref="SodiumPotassiumAtpaseKinetics"/> (which adds Luo and Rudy's voltage factor f_NaK, absent in Halnes et al.).
/// Derived rather than given: its resting potential (where its Kir K⁺ efflux is 2/3 of its Na⁺ leak influx, so that one
/// pump rate balances both), the pump's I_max (balancing both at that potential) and its [Cl⁻] (at equilibrium there).
/// The saturable uptake is Kager, Wadman and Somjen's (2000) glial buffer (<see cref="GlialPotassiumBuffer.Kager2000"/>).
/// The astrocyte is <see cref="Glia"/>, a <see cref="TissueAstrocyte"/> (as <see cref="IschaemiaModel.Glia"/> is).
/// </para>
/// <para>
/// Weak buffering scales the astrocyte's membrane area (so its Kir, leak and pump currents alike, which keeps it at rest)
/// and its buffer's capacity by <see cref="WeakBufferingFraction"/> (default 0.1, an illustrative choice). Simplifications:
/// the astrocyte is one well-mixed compartment (no gap-junction syncytium carrying K⁺ away), its volume is fixed, and the
/// ECS exchanges nothing with a bath or blood. Immutable; <see cref="Run"/> is thread-safe.
/// </para>
/// </remarks>
public sealed record PotassiumBufferingModel
{
    /// <summary>The model with its cited defaults.</summary>
    public static PotassiumBufferingModel Default { get; } = new();

    /// <summary>The neuron (and its temperature and resting ECS composition); default <see cref="IschaemiaModel.Default"/>, run with its pumps working.</summary>
    public IschaemiaModel Neuron { get; init; } = IschaemiaModel.Default;

    /// <summary>The extracellular volume fraction α of the tissue; default 0.2 (Syková and Nicholson 2008).</summary>
    public double ExtracellularFraction { get; init; } = 0.2;

    /// <summary>
    /// The astrocytes beside the neuron: their share of the tissue, membrane and K⁺ buffer; default
    /// <see cref="TissueAstrocyte.Halnes2013"/> (0.4 of the tissue, Kager et al.'s 2000 buffer).
    /// </summary>
    public TissueAstrocyte Glia { get; init; } = TissueAstrocyte.Halnes2013;

    /// <summary>The fraction of the astrocyte's membrane and buffer left with weak buffering; default 0.1 (illustrative).</summary>
    public double WeakBufferingFraction { get; init; } = 0.1;

    /// <summary>The current injected into the neuron; default 10 µA/cm² from 0.5 s for 2 s (about 120 impulses/s).</summary>
    public CurrentStep Stimulus { get; init; } = new(Duration.FromSeconds(0.5), Duration.FromSeconds(2), CurrentDensity.FromMicroamperesPerSquareCentimeter(10));

    /// <summary>How long to run; default 8 s.</summary>
    public Duration Duration { get; init; } = Duration.FromSeconds(8);

    /// <summary>The integration step; default 25 µs.</summary>
    public Duration TimeStep { get; init; } = Duration.FromMicroseconds(25);

    /// <summary>The sampling interval of the recordings; default 1 ms.</summary>
    public Duration SamplingInterval { get; init; } = Duration.FromMilliseconds(1);

    /// <summary>E_K (or V) counts as depolarised while more than this above its value at the start; default 5 mV.</summary>
    public ElectricPotential DepolarisationMargin { get; init; } = ElectricPotential.FromMillivolts(5);

    /// <summary>The astrocyte's resting potential: where its Kir K⁺ efflux is 2/3 of its Na⁺ leak influx (so one pump rate balances both), between E_K and E_Na.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public ElectricPotential AstrocyteRestingPotential => Glia.RestingPotential(Neuron.ExtracellularFluid, Neuron.Temperature);

    /// <summary>The astrocyte pump's I_max that balances its leaks at rest.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public CurrentDensity AstrocytePumpMaximalCurrent => Glia.PumpMaximalCurrent(Neuron.ExtracellularFluid, Neuron.Temperature);

    /// <summary>Runs the stimulus with weak and with strong buffering.</summary>
    /// <returns>Both scenarios.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public PotassiumBufferingResult Run()
    {
        RequireFraction(WeakBufferingFraction, nameof(WeakBufferingFraction), allowAboveOne: true);
        var neuron = Neuron.CellModel(1); // the neuron resolved once (validated, leaks balanced) for both scenarios
        return new(RunScenario("weak buffering", WeakBufferingFraction, neuron), RunScenario("strong buffering", 1, neuron));
    }

    /// <summary>The astrocyte with its membrane and buffer scaled by <paramref name="bufferingFraction"/>, sized for the neuron of <see cref="Neuron"/>.</summary>
    /// <param name="bufferingFraction">The fraction, finite and &gt; 0 (1: the published astrocyte).</param>
    /// <returns>The Dynamics description.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public Astrocyte Astrocyte(double bufferingFraction)
    {
        RequireFraction(bufferingFraction, nameof(bufferingFraction), allowAboveOne: true);
        var (_, neuronVolume) = NeuronSize();
        var volume = Volume.FromCubicMeters(neuronVolume.CubicMeters * Glia.Fraction / NeuronFraction);
        return Glia.Astrocyte(volume, Neuron.ExtracellularFluid, Neuron.Temperature, bufferingFraction);
    }

    /// <summary>The neuron, ECS and astrocyte as a Dynamics description with the stimulus, to simulate or change further.</summary>
    /// <param name="bufferingFraction">The astrocyte's fraction (1: strong, <see cref="WeakBufferingFraction"/>: weak).</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public CellModel CellModel(double bufferingFraction) => CellModel(bufferingFraction, Neuron.CellModel(1));

    private CellModel CellModel(double bufferingFraction, CellModel neuron)
    {
        var (area, volume) = NeuronSize();
        return neuron
            .WithPools(area, volume, Volume.FromCubicMeters(volume.CubicMeters * ExtracellularFraction / NeuronFraction))
            .WithCurrentStep(Stimulus)
            .WithAstrocyte(Astrocyte(bufferingFraction));
    }

    /// <summary>Runs the stimulus with the astrocyte scaled by <paramref name="bufferingFraction"/>.</summary>
    /// <param name="label">The scenario's name, used in the series' names.</param>
    /// <param name="bufferingFraction">The astrocyte's fraction, finite and &gt; 0.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public PotassiumBufferingScenario RunScenario(string label, double bufferingFraction)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return RunScenario(label, bufferingFraction, Neuron.CellModel(1));
    }

    private PotassiumBufferingScenario RunScenario(string label, double bufferingFraction, CellModel neuron)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var model = CellModel(bufferingFraction, neuron);
        Guard.PositiveFinite(Duration, nameof(Duration));
        Guard.PositiveFinite(TimeStep, nameof(TimeStep));
        Guard.PositiveFinite(SamplingInterval, nameof(SamplingInterval));
        Guard.NonNegativeFinite(DepolarisationMargin, nameof(DepolarisationMargin));
        var t = Neuron.Temperature;
        var sim = new Simulation(model, t, TimeStep, Neuron.RestingPotential);
        var recorder = new Recorder(SamplingInterval, spikeThreshold: ElectricPotential.Zero);
        var v = recorder.Track($"V, {label}", () => sim.Voltage);
        var vg = recorder.Track($"V astrocyte, {label}", () => sim.AstrocyteVoltage);
        var ko = recorder.Track($"[K⁺]o, {label}", () => sim.OutsideConcentration(Ions.Potassium));
        var ki = recorder.Track($"[K⁺]i, {label}", () => sim.InsideConcentration(Ions.Potassium));
        var nai = recorder.Track($"[Na⁺]i, {label}", () => sim.InsideConcentration(Ions.Sodium));
        var kg = recorder.Track($"[K⁺] astrocyte, {label}", () => sim.AstrocyteConcentration(Ions.Potassium));
        var bound = recorder.Track($"K⁺ bound by the buffer, {label}", () => sim.AstrocyteBoundPotassium / sim.OutsideVolume!.Value);
        var eK = recorder.Track($"E_K, {label}", () => Nernst.Potential(1, sim.InsideConcentration(Ions.Potassium), sim.OutsideConcentration(Ions.Potassium), t));
        sim.Advance(Duration, recorder);
        var spikes = recorder.ToRecording().SpikeTimes;

        var end = Stimulus.Start + Stimulus.Length;
        var quarter = Stimulus.Length.Seconds / 4;
        return new PotassiumBufferingScenario(
            label,
            bufferingFraction,
            v.Series,
            vg.Series,
            ko.Series,
            ki.Series,
            nai.Series,
            kg.Series,
            bound.Series,
            eK.Series,
            spikes,
            DepolarisedAfter(eK.Series, end),
            DepolarisedAfter(v.Series, end),
            CountRate(spikes, Stimulus.Start.Seconds, quarter),
            CountRate(spikes, end.Seconds - quarter, quarter));
    }

    /// <summary>Impulses per second in [from, from + length); NaN-free: zero for a zero-length window.</summary>
    private static Rate CountRate(System.Collections.Generic.IReadOnlyList<Duration> spikes, double from, double length)
    {
        if (!(length > 0))
        {
            return Rate.Zero;
        }

        var n = 0;
        foreach (var t in spikes)
        {
            if (t.Seconds >= from && t.Seconds < from + length)
            {
                n++;
            }
        }

        return Rate.FromPerSecond(n / length);
    }

    /// <summary>How long after <paramref name="end"/> the series stayed more than the margin above its start; null if it never came back.</summary>
    private Duration? DepolarisedAfter(TimeSeries<ElectricPotential> series, Duration end)
    {
        for (var i = 0; i < series.Count; i++)
        {
            if (series.Times[i] >= end && series[i] - series.Initial <= DepolarisationMargin)
            {
                return series.Times[i] - end;
            }
        }

        return null;
    }

    private double NeuronFraction => 1 - ExtracellularFraction - Glia.Fraction;

    /// <summary>The neuron's soma: a sphere of <see cref="IschaemiaModel.CellRadius"/>.</summary>
    private (Area Area, Volume Volume) NeuronSize()
    {
        ArgumentNullException.ThrowIfNull(Neuron, nameof(Neuron));
        ArgumentNullException.ThrowIfNull(Glia, nameof(Glia));
        RequireFraction(ExtracellularFraction, nameof(ExtracellularFraction), allowAboveOne: false);
        RequireFraction(Glia.Fraction, $"{nameof(Glia)}.{nameof(TissueAstrocyte.Fraction)}", allowAboveOne: false);
        if (!(ExtracellularFraction > 0 && NeuronFraction > 0))
        {
            throw Guard.Fail($"{nameof(Glia)}.{nameof(TissueAstrocyte.Fraction)}", Glia.Fraction, $"a fraction leaving room for the neurons beside the ECS ({Guard.Format(ExtracellularFraction)}, itself > 0)");
        }

        var r = Neuron.CellRadius.Meters;
        return (Area.FromSquareMeters(4 * Math.PI * r * r), Volume.FromCubicMeters(4 * Math.PI * r * r * r / 3));
    }

    private static void RequireFraction(double value, string name, bool allowAboveOne)
    {
        if (allowAboveOne)
        {
            Guard.PositiveFinite(value, name, "factor", " (the astrocyte needs some membrane)");
        }
        else
        {
            Guard.InRange(value, 0, 1, name, Ends.ExcludeHigh, "fraction");
        }
    }
}
