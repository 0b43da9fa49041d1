using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// Runs a <see cref="CellModel"/>: compiles it into flat arrays at a fixed temperature and time step, then advances
/// it with an allocation-free step — Rush–Larsen (exponential Euler) for the gates, semi-implicit Euler for V.
/// </summary>
/// <remarks>
/// <para>
/// One step from t to t + Δt: first every gate at the old V, exactly for V held over the step,
/// x ← x∞(V) + (x − x∞(V)) e^(−Δt φ/τ(V)) (Rush, S. and Larsen, H. (1978) A practical algorithm for solving dynamic
/// membrane equations. <i>IEEE Trans. Biomed. Eng.</i> 25, 389–392; Q10 factor φ as in <see cref="GateKinetics"/>).
/// Ligand-gated synapses (<see cref="Synapse"/>) are advanced exactly to t + Δt, each event entering at its own time
/// within the step. Then V by backward Euler with the new gates and synaptic activations: each ohmic current
/// contributes its conductance G = ḡ·open implicitly (so the V update is unconditionally stable in them), each GHK
/// current is linearised about the old V, I(V′) ≈ I(V) + I′(V)(V′ − V) (linearly implicit Euler; the GHK slope is
/// positive, so this too is stable), and the injected current is taken at the step's midpoint:
/// C (V′ − V)/Δt = I_inj − Σ G (V′ − E) − Σ [I_GHK(V) + I′_GHK(V)(V′ − V)]. For ohmic channels this is the staggered
/// scheme of NEURON's default fixed-step method (Hines, M. L. and Carnevale, N. T. (1997) The NEURON simulation
/// environment. <i>Neural Comput.</i> 9, 1179–1209); the whole is first order in Δt (measured in the tests).
/// </para>
/// <para>
/// E of an ion-selective ohmic channel is the Nernst potential of the concentrations held in the state, recomputed
/// every step; with <see cref="CellModel.Pools"/> each ion's current at the new V then moves it across the membrane,
/// Δc_in = −I A Δt/(z F V_in) (and the opposite amount into a closed outside volume), exactly the charge the V update
/// moved. Transporters with rate laws (<see cref="CellModel.WithTransport"/>) are branches too, one per species they
/// move, so their ions move by exactly their stoichiometry; a fast buffer (<see cref="CellModel.WithFastBuffer"/>)
/// re-equilibrates after each move, and an osmotic volume (<see cref="CellModel.WithOsmoticVolume"/>) moves water after
/// the ions and rescales every concentration. <see cref="AdvanceQuasiSteady(Duration, double)"/> runs only the slow variables, adaptively.
/// Under a voltage clamp V is set to the command at t + Δt and the ionic current there is reported.
/// After every step each gate and V are checked: a NaN or ∞ throws <see cref="NonFiniteStateException"/> with the
/// time and the variable. Spikes are upward crossings of a threshold, timed by linear interpolation within the step.
/// </para>
/// <para>
/// The state and step are the library's one compartment kernel (<c>Kernel/CompartmentKernel.cs</c>), which a
/// population, a cable and a tree run too: a simulation is its facade for one cell (and its astrocyte). A simulation
/// owns mutable state and is not thread-safe; the model it was built from is untouched. The running state lives in an
/// internal object so the public type's own fields never change.
/// </para>
/// </remarks>
public sealed partial class Simulation
{
    private readonly CompartmentKernel _k;
    private readonly int[] _gateBlock;    // per gate of GateNames: its block, gate and instance in the kernel
    private readonly int[] _gateIndex;
    private readonly int[] _gateInstance;
    private readonly string[] _gateNames;

    /// <summary>Compiles a model.</summary>
    /// <param name="model">The description.</param>
    /// <param name="temperature">The absolute temperature (sets each gate's Q10 factor and Nernst potentials); &gt; 0 K.</param>
    /// <param name="timeStep">Δt; finite and &gt; 0.</param>
    /// <param name="initialPotential">V at t = 0; every gate starts at its steady state there (as NEURON's <c>finitialize</c>).
    /// Under a voltage clamp V then jumps to the command at t = 0 while the gates start from here.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentNullException">The model is null.</exception>
    /// <exception cref="ArgumentException">A channel needs concentrations of an ion the model does not hold.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public Simulation(CellModel model, Temperature temperature, Duration timeStep, ElectricPotential initialPotential, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        Guard.PositiveFinite(timeStep, nameof(timeStep));
        Guard.Finite(initialPotential, nameof(initialPotential));
        Temperature = temperature;
        TimeStep = timeStep;
        _k = new CompartmentKernel([model], temperature, timeStep.Seconds, initialPotential.Volts, constants ?? ConstantSet.Si2019, new KernelOptions(Vectorise: false, SiteWord: null, SpikeThreshold: 0, Coupling: null));

        // The gates in the model's channel order: each occurrence of a channel is the next instance of its block.
        var block = new List<int>();
        var index = new List<int>();
        var instance = new List<int>();
        var used = new int[_k.Gates.Length];
        foreach (var channel in model.Channels)
        {
            var b = Array.FindIndex(_k.Gates, g => ReferenceEquals(g.Channel, channel));
            var k = used[b]++;
            for (var g = 0; g < _k.Gates[b].Gates; g++)
            {
                block.Add(b);
                index.Add(g);
                instance.Add(k);
            }
        }

        (_gateBlock, _gateIndex, _gateInstance) = ([.. block], [.. index], [.. instance]);
        _gateNames = [.. block.Select((b, i) => _k.Gates[b].Names[index[i]])];
    }

    /// <summary>The temperature the model was compiled at.</summary>
    public Temperature Temperature { get; }

    /// <summary>The fixed time step Δt.</summary>
    public Duration TimeStep { get; }

    /// <summary>The simulated time (steps taken × Δt).</summary>
    public Duration Time => Duration.FromSeconds(_k.StepCount * _k.Dt);

    /// <summary>The present membrane potential.</summary>
    public ElectricPotential Voltage => ElectricPotential.FromVolts(_k.V[0]);

    /// <summary>Under a voltage clamp, the ionic current density the clamp supplied at the present time; zero otherwise.</summary>
    public CurrentDensity ClampCurrent => CurrentDensity.FromAmperesPerSquareMeter(_k.Clamp.Current[0]);

    /// <summary>The gate names, "channel.gate".</summary>
    public IReadOnlyList<string> GateNames => _gateNames;

    /// <summary>The number of spikes detected so far (upward crossings of the threshold given to <see cref="Run"/>, or of 0 mV).</summary>
    public int SpikeCount => _k.Spikes.Count[0];

    /// <summary>The present inside concentration of an ion a channel or synapse of the model carries or reads.</summary>
    /// <param name="ion">The ion.</param>
    /// <returns>The concentration; it changes only when the model has <see cref="CellModel.Pools"/>.</returns>
    /// <exception cref="ArgumentException">No channel or synapse of the model involves the ion.</exception>
    public Concentration InsideConcentration(Ion ion) => Concentration.FromMillimolar(_k.Pools.InsideAt(0, IonIndex(ion)));

    /// <summary>The present total (free + bound) inside concentration of an ion: with a fast buffer
    /// (<see cref="CellModel.WithFastBuffer"/>) the amount per volume that only membrane transport changes; otherwise the free one.</summary>
    /// <param name="ion">The ion.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentException">No channel, synapse or transporter of the model involves the ion.</exception>
    public Concentration InsideTotalConcentration(Ion ion)
    {
        var i = IonIndex(ion);
        var k = _k.Pools.BufferOf[i];
        return Concentration.FromMolesPerCubicMeter(k < 0 ? _k.Pools.InsideAt(0, i) : _k.Pools.Buffer.IonTotal[k]);
    }

    /// <summary>The present cell volume: the pools' inside volume, changing only with <see cref="CellModel.WithOsmoticVolume"/>.</summary>
    /// <exception cref="InvalidOperationException">The model has no pools.</exception>
    public Volume InsideVolume => double.IsNaN(_k.Pools.InsideVolume[0])
        ? throw new InvalidOperationException("The model has no pools (WithPools), so no volume.")
        : Volume.FromCubicMeters(_k.Pools.InsideVolume[0]);

    /// <summary>The present closed outside volume; null for a bath.</summary>
    /// <exception cref="InvalidOperationException">The model has no pools.</exception>
    public Volume? OutsideVolume => double.IsNaN(_k.Pools.OutsideVolume[0])
        ? throw new InvalidOperationException("The model has no pools (WithPools), so no volume.")
        : double.IsFinite(_k.Pools.OutsideVolume[0]) ? Volume.FromCubicMeters(_k.Pools.OutsideVolume[0]) : null;

    /// <summary>The impermeant inside concentration X the osmotic volume started with (given, or set for balance); null without one.</summary>
    public Concentration? Impermeant => double.IsNaN(_k.Pools.Impermeant[0]) ? null : Concentration.FromMolesPerCubicMeter(_k.Pools.Impermeant[0]);

    /// <summary>The present outside concentration of an ion a channel or synapse of the model carries or reads.</summary>
    /// <param name="ion">The ion.</param>
    /// <returns>The concentration; it changes only when the model's pools include an outside volume.</returns>
    /// <exception cref="ArgumentException">No channel or synapse of the model involves the ion.</exception>
    public Concentration OutsideConcentration(Ion ion) => Concentration.FromMillimolar(_k.Pools.OutsideAt(0, IonIndex(ion)));

    /// <summary>The present membrane potential of the astrocyte (<see cref="CellModel.WithAstrocyte"/>), V_g = φ_astrocyte − φ_outside.</summary>
    /// <exception cref="InvalidOperationException">The model has no astrocyte.</exception>
    public ElectricPotential AstrocyteVoltage => ElectricPotential.FromVolts(_k.V[Astrocyte()]);

    /// <summary>The K⁺ the astrocyte's buffer holds now (zero without a buffer).</summary>
    /// <exception cref="InvalidOperationException">The model has no astrocyte.</exception>
    public AmountOfSubstance AstrocyteBoundPotassium => AmountOfSubstance.FromMoles(_k.Glia!.Bound[Astrocyte() - _k.Cells]);

    /// <summary>The present concentration of an ion in the astrocyte's cytoplasm.</summary>
    /// <param name="ion">An ion the astrocyte's Kir channel, leaks or pump carry.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="InvalidOperationException">The model has no astrocyte.</exception>
    /// <exception cref="ArgumentException">The astrocyte does not carry the ion.</exception>
    public Concentration AstrocyteConcentration(Ion ion)
    {
        var a = Astrocyte();
        var i = IonIndex(ion);
        return _k.Pools.Involves[(a * _k.Pools.Ions) + i]
            ? Concentration.FromMolesPerCubicMeter(_k.Pools.InsideAt(a, i))
            : throw Guard.Invalid(nameof(ion), ion.Name, "an ion the astrocyte's channels or pump carry");
    }

    /// <summary>The present value of a gate.</summary>
    /// <param name="index">Its index in <see cref="GateNames"/>.</param>
    /// <returns>The gate's open fraction, 0…1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such gate.</exception>
    public double GateValue(int index)
    {
        Guard.Index(index, _gateNames.Length, nameof(index), "gate");

        var block = _k.Gates[_gateBlock[index]];
        return block.X[(_gateIndex[index] * block.Count) + _gateInstance[index]];
    }

    /// <summary>Advances one step Δt. Allocation-free: outside <see cref="Run"/> spikes are counted, not timed.</summary>
    /// <exception cref="NonFiniteStateException">A gate or V became NaN or infinite.</exception>
    public void Step() => _k.Step();

    /// <summary>Advances by round(<paramref name="duration"/>/Δt) steps without recording.</summary>
    /// <param name="duration">How long; finite and ≥ 0.</param>
    /// <exception cref="NonFiniteStateException">A gate or V became NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration is out of range.</exception>
    public void Advance(Duration duration)
    {
        Guard.NonNegativeFinite(duration, nameof(duration));
        var steps = checked((long)Math.Round(duration.Seconds / _k.Dt));
        for (long k = 0; k < steps; k++)
        {
            _k.Step();
        }
    }

    /// <summary>
    /// Advances by <paramref name="duration"/>, sampling <paramref name="recorder"/> now and every
    /// <see cref="Recorder.Interval"/> after (the samples <see cref="Recorder.SampleCount"/> gives), and recording into
    /// it the spikes (upward crossings of its <see cref="Recorder.SpikeThreshold"/>, when it has one) that occur.
    /// </summary>
    /// <param name="duration">How long; a whole number of steps (to 10⁻⁶ of a step), ≥ 0.</param>
    /// <param name="recorder">The recorder; its interval a whole number (≥ 1) of steps. A run continued with the same
    /// recorder must start one interval after its last sample.</param>
    /// <exception cref="NonFiniteStateException">A gate, V or a tracked variable became NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A duration is not a whole number of steps, or a value is out of range.</exception>
    public void Advance(Duration duration, Recorder recorder)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        var steps = WholeSteps(duration, nameof(duration), allowZero: true);
        var stride = WholeSteps(recorder.Interval, $"{nameof(recorder)}.{nameof(Recorder.Interval)}", allowZero: false);
        var samples = recorder.SampleCount(duration);
        recorder.Reserve(recorder.Count + samples);
        var detector = _k.Spikes;
        var spikes = recorder.SpikeThreshold is { } threshold;
        if (spikes)
        {
            detector.Threshold[0] = recorder.SpikeThreshold!.Value.Volts;
            detector.Recorded = 0;
            detector.RecordedSite = 0;
        }

        try
        {
            for (long k = 0; ; k++)
            {
                if (k % stride == 0)
                {
                    recorder.Sample(Time);
                }

                if (k == steps)
                {
                    break;
                }

                _k.Step();
            }
        }
        finally
        {
            if (spikes)
            {
                detector.RecordedSite = -1; // also when a step throws
                for (var i = 0; i < detector.Recorded; i++)
                {
                    recorder.AddSpike(Duration.FromSeconds(detector.Times[i]));
                }
            }
        }
    }

    /// <summary>
    /// Advances by <paramref name="duration"/> and records V, the gates, the concentrations (and the clamp current) every
    /// <paramref name="interval"/>, starting with the present state, and the spikes (upward crossings of
    /// <paramref name="spikeThreshold"/>) that occur during the run: <see cref="Advance(Duration, Recorder)"/> with a
    /// recorder that tracks them all, named as <see cref="Recording"/> describes.
    /// </summary>
    /// <param name="duration">How long; a whole number of steps (to 10⁻⁶ of a step), ≥ 0.</param>
    /// <param name="interval">The sampling interval; a whole number (≥ 1) of steps.</param>
    /// <param name="spikeThreshold">The spike detection level; finite.</param>
    /// <returns>The recording.</returns>
    /// <exception cref="NonFiniteStateException">A gate or V became NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A duration is not a whole number of steps, or a value is out of range.</exception>
    public Recording Run(Duration duration, Duration interval, ElectricPotential spikeThreshold)
    {
        var recorder = CreateRecorder(interval, spikeThreshold);
        Advance(duration, recorder);
        return recorder.ToRecording();
    }

    /// <summary>
    /// A recorder of everything <see cref="Run"/> records — "V", each gate, "I_clamp" under a clamp, each ion's "[ion]i"
    /// and "[ion]o" — to which a caller may add its own probes before sampling begins.
    /// </summary>
    /// <param name="interval">The sampling interval; a whole number (≥ 1) of steps.</param>
    /// <param name="spikeThreshold">The spike detection level, or null not to record spikes.</param>
    /// <returns>The recorder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public Recorder CreateRecorder(Duration interval, ElectricPotential? spikeThreshold = null)
    {
        WholeSteps(interval, nameof(interval), allowZero: false);
        var recorder = new Recorder(interval, spikeThreshold);
        recorder.Track(Recording.VoltageName, () => Voltage);
        for (var g = 0; g < _gateNames.Length; g++)
        {
            var gate = g;
            recorder.Track(_gateNames[g], "1", () => GateValue(gate));
        }

        if (_k.Clamp.IsClamped(0))
        {
            recorder.Track(Recording.ClampCurrentName, () => ClampCurrent);
        }

        var table = _k.Pools.Table;
        for (var i = 0; i < table.Length; i++)
        {
            var ion = i;
            recorder.Track(Recording.InsideName(table[i]), () => Concentration.FromMillimolar(_k.Pools.InsideAt(0, ion)));
            recorder.Track(Recording.OutsideName(table[i]), () => Concentration.FromMillimolar(_k.Pools.OutsideAt(0, ion)));
        }

        recorder.Describe([.. _gateNames], [.. table]);
        return recorder;
    }

    private int Astrocyte() =>
        _k.AstrocyteOf[0] is var a and >= 0 ? a : throw new InvalidOperationException("The model has no astrocyte (WithAstrocyte).");

    private int IonIndex(Ion ion)
    {
        ArgumentNullException.ThrowIfNull(ion);
        var index = Array.IndexOf(_k.Pools.Table, ion);
        return index >= 0
            ? index
            : throw Guard.Invalid(nameof(ion), ion.Name, $"an ion a channel or synapse of the model involves ({string.Join(", ", _k.Pools.Table.Select(i => i.Name))})");
    }

    private long WholeSteps(Duration duration, string name, bool allowZero)
    {
        Guard.NonNegativeFinite(duration, name);
        var exact = duration.Seconds / _k.Dt;
        var steps = Math.Round(exact);
        if (Math.Abs(exact - steps) > 1e-6 || (!allowZero && steps < 1) || steps > long.MaxValue / 2)
        {
            throw Guard.Fail(name, duration, $"a whole number of {(allowZero ? string.Empty : "(≥ 1) ")}time steps of {Guard.Format(TimeStep)}");
        }

        return (long)steps;
    }
}
