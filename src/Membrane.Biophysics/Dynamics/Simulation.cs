using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Ghk;
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
/// A simulation owns mutable state and is not thread-safe; the model it was built from is untouched. The running state
/// lives in an internal object so the public type's own fields never change.
/// </para>
/// </remarks>
public sealed partial class Simulation
{
    private readonly State _s;

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
        _s = new State(model, temperature, timeStep.Seconds, initialPotential.Volts, constants ?? ConstantSet.Si2019);
    }

    /// <summary>The temperature the model was compiled at.</summary>
    public Temperature Temperature { get; }

    /// <summary>The fixed time step Δt.</summary>
    public Duration TimeStep { get; }

    /// <summary>The simulated time (steps taken × Δt).</summary>
    public Duration Time => Duration.FromSeconds(_s.StepCount * _s.Dt);

    /// <summary>The present membrane potential.</summary>
    public ElectricPotential Voltage => ElectricPotential.FromVolts(_s.V);

    /// <summary>Under a voltage clamp, the ionic current density the clamp supplied at the present time; zero otherwise.</summary>
    public CurrentDensity ClampCurrent => CurrentDensity.FromAmperesPerSquareMeter(_s.ClampCurrent);

    /// <summary>The gate names, "channel.gate".</summary>
    public IReadOnlyList<string> GateNames => _s.GateNames;

    /// <summary>The number of spikes detected so far (upward crossings of the threshold given to <see cref="Run"/>, or of 0 mV).</summary>
    public int SpikeCount => _s.SpikeCount;

    /// <summary>The present inside concentration of an ion a channel or synapse of the model carries or reads.</summary>
    /// <param name="ion">The ion.</param>
    /// <returns>The concentration; it changes only when the model has <see cref="CellModel.Pools"/>.</returns>
    /// <exception cref="ArgumentException">No channel or synapse of the model involves the ion.</exception>
    public Concentration InsideConcentration(Ion ion) => Concentration.FromMillimolar(_s.IonInside[IonIndex(ion)]);

    /// <summary>The present total (free + bound) inside concentration of an ion: with a fast buffer
    /// (<see cref="CellModel.WithFastBuffer"/>) the amount per volume that only membrane transport changes; otherwise the free one.</summary>
    /// <param name="ion">The ion.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentException">No channel, synapse or transporter of the model involves the ion.</exception>
    public Concentration InsideTotalConcentration(Ion ion)
    {
        var i = IonIndex(ion);
        var k = _s.BufferOf(i);
        return Concentration.FromMolesPerCubicMeter(k < 0 ? _s.IonInside[i] : _s.IonTotal[k]);
    }

    /// <summary>The present cell volume: the pools' inside volume, changing only with <see cref="CellModel.WithOsmoticVolume"/>.</summary>
    /// <exception cref="InvalidOperationException">The model has no pools.</exception>
    public Volume InsideVolume => double.IsNaN(_s.InsideVolume)
        ? throw new InvalidOperationException("The model has no pools (WithPools), so no volume.")
        : Volume.FromCubicMeters(_s.InsideVolume);

    /// <summary>The present closed outside volume; null for a bath.</summary>
    /// <exception cref="InvalidOperationException">The model has no pools.</exception>
    public Volume? OutsideVolume => double.IsNaN(_s.OutsideVolume)
        ? throw new InvalidOperationException("The model has no pools (WithPools), so no volume.")
        : double.IsFinite(_s.OutsideVolume) ? Volume.FromCubicMeters(_s.OutsideVolume) : null;

    /// <summary>The impermeant inside concentration X the osmotic volume started with (given, or set for balance); null without one.</summary>
    public Concentration? Impermeant => double.IsNaN(_s.Impermeant) ? null : Concentration.FromMolesPerCubicMeter(_s.Impermeant);

    /// <summary>The present outside concentration of an ion a channel or synapse of the model carries or reads.</summary>
    /// <param name="ion">The ion.</param>
    /// <returns>The concentration; it changes only when the model's pools include an outside volume.</returns>
    /// <exception cref="ArgumentException">No channel or synapse of the model involves the ion.</exception>
    public Concentration OutsideConcentration(Ion ion) => Concentration.FromMillimolar(_s.IonOutside[IonIndex(ion)]);

    /// <summary>The present membrane potential of the astrocyte (<see cref="CellModel.WithAstrocyte"/>), V_g = φ_astrocyte − φ_outside.</summary>
    /// <exception cref="InvalidOperationException">The model has no astrocyte.</exception>
    public ElectricPotential AstrocyteVoltage => ElectricPotential.FromVolts(Astrocyte().V);

    /// <summary>The K⁺ the astrocyte's buffer holds now (zero without a buffer).</summary>
    /// <exception cref="InvalidOperationException">The model has no astrocyte.</exception>
    public AmountOfSubstance AstrocyteBoundPotassium => AmountOfSubstance.FromMoles(Astrocyte().Bound);

    /// <summary>The present concentration of an ion in the astrocyte's cytoplasm.</summary>
    /// <param name="ion">An ion the astrocyte's Kir channel, leaks or pump carry.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="InvalidOperationException">The model has no astrocyte.</exception>
    /// <exception cref="ArgumentException">The astrocyte does not carry the ion.</exception>
    public Concentration AstrocyteConcentration(Ion ion)
    {
        var astrocyte = Astrocyte();
        var c = astrocyte.Inside[IonIndex(ion)];
        return double.IsNaN(c)
            ? throw new ArgumentException($"{nameof(ion)} must be an ion the astrocyte's channels or pump carry; was {ion.Name}.", nameof(ion))
            : Concentration.FromMolesPerCubicMeter(c);
    }

    /// <summary>The present value of a gate.</summary>
    /// <param name="index">Its index in <see cref="GateNames"/>.</param>
    /// <returns>The gate's open fraction, 0…1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such gate.</exception>
    public double GateValue(int index)
    {
        if ((uint)index >= (uint)_s.X.Length)
        {
            throw Guard.Fail(nameof(index), index.ToString(CultureInfo.InvariantCulture), $"a gate index from 0 to {_s.X.Length - 1}");
        }

        return _s.X[index];
    }

    /// <summary>Advances one step Δt. Allocation-free: outside <see cref="Run"/> spikes are counted, not timed.</summary>
    /// <exception cref="NonFiniteStateException">A gate or V became NaN or infinite.</exception>
    public void Step() => _s.Step();

    /// <summary>Advances by round(<paramref name="duration"/>/Δt) steps without recording.</summary>
    /// <param name="duration">How long; finite and ≥ 0.</param>
    /// <exception cref="NonFiniteStateException">A gate or V became NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration is out of range.</exception>
    public void Advance(Duration duration)
    {
        Guard.NonNegativeFinite(duration, nameof(duration));
        var steps = checked((long)Math.Round(duration.Seconds / _s.Dt));
        for (long k = 0; k < steps; k++)
        {
            _s.Step();
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
        var spikes = recorder.SpikeThreshold is { } threshold;
        if (spikes)
        {
            _s.SpikeThreshold = recorder.SpikeThreshold!.Value.Volts;
            _s.RecordedSpikes = 0;
            _s.RecordingSpikes = true;
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

                _s.Step();
            }
        }
        finally
        {
            if (spikes)
            {
                _s.RecordingSpikes = false; // also when a step throws
                for (var i = 0; i < _s.RecordedSpikes; i++)
                {
                    recorder.AddSpike(Duration.FromSeconds(_s.Spikes[i]));
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
        for (var g = 0; g < _s.GateNames.Length; g++)
        {
            var gate = g;
            recorder.Track(_s.GateNames[g], "1", () => _s.X[gate]);
        }

        if (_s.Clamped)
        {
            recorder.Track(Recording.ClampCurrentName, () => ClampCurrent);
        }

        foreach (var ion in _s.IonTable)
        {
            var i = Array.IndexOf(_s.IonTable, ion);
            recorder.Track(Recording.InsideName(ion), () => Concentration.FromMillimolar(_s.IonInside[i]));
            recorder.Track(Recording.OutsideName(ion), () => Concentration.FromMillimolar(_s.IonOutside[i]));
        }

        recorder.Describe([.. _s.GateNames], [.. _s.IonTable]);
        return recorder;
    }

    private AstrocyteCompartment Astrocyte() =>
        _s.Astrocyte ?? throw new InvalidOperationException("The model has no astrocyte (WithAstrocyte).");

    private int IonIndex(Ion ion)
    {
        ArgumentNullException.ThrowIfNull(ion);
        var index = _s.IonIndexOf(ion);
        return index >= 0
            ? index
            : throw new ArgumentException($"{nameof(ion)} must be an ion a channel or synapse of the model involves ({string.Join(", ", _s.IonTable.Select(i => i.Name))}); was {ion.Name}.", nameof(ion));
    }

    private long WholeSteps(Duration duration, string name, bool allowZero)
    {
        Guard.NonNegativeFinite(duration, name);
        var exact = duration.Seconds / _s.Dt;
        var steps = Math.Round(exact);
        if (Math.Abs(exact - steps) > 1e-6 || (!allowZero && steps < 1) || steps > long.MaxValue / 2)
        {
            throw Guard.Fail(name, duration.ToString(null, CultureInfo.InvariantCulture), $"a whole number of {(allowZero ? string.Empty : "(≥ 1) ")}time steps of {TimeStep.ToString(null, CultureInfo.InvariantCulture)}");
        }

        return (long)steps;
    }

    /// <summary>The running state: flat arrays over all gates, current branches and ions, and the step kernel.</summary>
    /// <remarks>
    /// Every current is a <i>branch</i> that, for the V update, is written as I(V′) = G·V′ + J with G and J fixed over the
    /// step: an ohmic channel or synapse has G = ḡ·open, J = −G·E; a GHK one (one branch per permeant ion) its
    /// linearisation about the old V, G = I′(V), J = I(V) − G·V. The same G and J give each ion's current at the new V,
    /// so the ions a pool gains or loses are exactly the charge the membrane equation moved.
    /// </remarks>
    internal sealed partial class State
    {
        /// <summary>The half-width of the central difference for a GHK current's slope, 10 µV: truncation ~(h/V_T)² ≈ 1e-7
        /// relative, cancellation ~1e-16 V_T/h ≈ 1e-13; the slope only sets the implicit weight, so neither limits accuracy.</summary>
        private const double SlopeStep = 1e-5;

        public readonly double Dt;
        public readonly double[] X;            // gate values, all channels' gates in order
        public readonly string[] GateNames;
        public readonly bool Clamped;
        public readonly Ion[] IonTable;
        public readonly double[] IonInside;    // mol/m³, the live concentrations
        public readonly double[] IonOutside;
        public double V;
        public long StepCount;
        public double ClampCurrent;
        public double SpikeThreshold;
        public double[] Spikes = new double[64]; // spike times, kept only while Run records
        public int RecordedSpikes;
        public bool RecordingSpikes;
        public int SpikeCount;

        private readonly GateKinetics[] _kinetics;
        private readonly double[] _phi;           // Q10 factor per gate
        private readonly int[] _power;            // exponent per gate
        private readonly int[] _firstGate;        // per channel, index of its first gate; length channels + 1
        private readonly double _capacitance;     // F/m²
        private readonly double _thermal;         // RT/F, V
        private readonly double _faraday;
        private readonly int[] _ionValence;
        private readonly double[] _ionCurrent;    // scratch: A/m² per ion this step
        private readonly bool _pooled;
        private readonly bool _outsidePooled;
        private double _areaOverInside;           // A/V_in, 1/m (changes with an osmotic volume)
        private double _areaOverOutside;
        private readonly double _area;            // A, m²
        private readonly OsmoticVolume? _volume;
        private readonly int[] _bufferIon;        // per buffer: its ion's index
        private readonly int[] _uptakeIon;
        private readonly double[] _uptakeMax;      // mol/(m²·s)
        private readonly double[] _uptakeHalf;     // mol/m³
        private readonly double[] _uptakeBaseline; // c₀/(c₀ + K_d)

        // branches: channels first (one each), then synapses (one per ion for GHK, one for ohmic)
        private readonly CurrentLaw[] _law;
        private readonly double[] _maximal;       // ḡ (S/m²) or P̄·relative permeability (m/s)
        private readonly double[] _fixedReversal; // V; NaN when E comes from the ion's concentrations
        private readonly int[] _ion;              // index into the ion table, −1 for a fixed-reversal branch
        private readonly int[] _channelOf;        // channel index, −1 for a synapse branch
        private readonly int[] _synapseOf;        // synapse index, −1 for a channel branch
        private readonly double[] _g;             // this step's G and J
        private readonly double[] _j;
        private readonly double[] _open;          // open fraction per channel
        private readonly int[] _bufferOf;         // per ion: its fast buffer's index, −1 when unbuffered
        private readonly double[] _bufferTotal;   // B_T per buffer, mol/m³
        private readonly double[] _bufferKd;      // K_d per buffer, mol/m³
        public readonly double[] IonTotal;        // per buffer: free + bound inside, mol/m³
        private readonly int[] _transportOf;      // per branch: transporter index, −1 for other branches
        private readonly double[] _transportShare; // per branch: outward current of its ion per unit cycle rate, −n z F (A/m² per mol/(m²·s))
        private readonly TransportKinetics[] _transports;
        private readonly int[] _transportFirst;   // per transporter, its first entry in _transportIon; length transporters + 1
        private readonly int[] _transportIon;     // ion-table index of each species, in translocation order
        private readonly bool[] _transportElectrogenic;
        private readonly double[] _transportRate; // this step's J, mol/(m²·s), and dJ/dV
        private readonly double[] _transportSlope;
        private readonly double[] _transportInside;  // scratch, the longest stoichiometry
        private readonly double[] _transportOutside;

        private readonly CurrentStepTable _currentSteps;
        private readonly double _holding;
        private readonly double[] _clampStart;
        private readonly double[] _clampEnd;
        private readonly double[] _clampPotential;

        // ligand-gated synapses: activation state per synapse, events flattened with offsets
        private readonly SynapticTimeCourse[] _synShape;
        private readonly double[] _synNorm;
        private readonly double[] _synTauDecay;
        private readonly double[] _synTauRise;
        private readonly double[] _synDecayStep;   // e^(−Δt/τ_decay)
        private readonly double[] _synRiseStep;    // e^(−Δt/τ_rise)
        private readonly double[] _synA;           // alpha: a; bi-exponential: decaying component
        private readonly double[] _synB;           // alpha: b (= s); bi-exponential: rising component
        private readonly double[] _synS;           // activation s
        private readonly int[] _synEventStart;     // length synapses + 1
        private readonly int[] _synCursor;
        private readonly double[] _synEvents;
        private readonly string[] _synNames;

        public State(CellModel model, Temperature temperature, double dt, double v0, ConstantSet constants)
        {
            Dt = dt;
            V = v0;
            _capacitance = model.Capacitance.FaradsPerSquareMeter;
            _thermal = constants.ThermalVoltage(temperature).Volts;
            _faraday = constants.FaradayConstant;
            var channels = model.Channels;
            var synapses = model.Synapses;
            var ions = new List<Ion>();
            var inside = new List<double>();
            var outside = new List<double>();

            int IonIndex(Ion ion, string owner, bool ohmic)
            {
                var index = ions.IndexOf(ion);
                if (!model.Inside.TryGetConcentration(ion, out var cin) || !model.Outside.TryGetConcentration(ion, out var cout))
                {
                    throw new ArgumentException($"{nameof(model)} must hold inside and outside concentrations of {ion.Name} for {owner}; was missing one (use WithConcentrations).", nameof(model));
                }

                if (ohmic)
                {
                    Guard.PositiveFinite(cin, $"{nameof(model)}.{nameof(CellModel.Inside)}[{ion.Name}]");
                    Guard.PositiveFinite(cout, $"{nameof(model)}.{nameof(CellModel.Outside)}[{ion.Name}]");
                }

                if (index < 0)
                {
                    ions.Add(ion);
                    inside.Add(cin.MolesPerCubicMeter);
                    outside.Add(cout.MolesPerCubicMeter);
                    index = ions.Count - 1;
                }

                return index;
            }

            var gateCount = 0;
            foreach (var c in channels)
            {
                gateCount += c.Gates.Count;
            }

            var branchCount = channels.Count;
            var eventCount = 0;
            foreach (var input in synapses)
            {
                branchCount += Math.Max(1, input.Synapse.Law == CurrentLaw.Ghk ? input.Synapse.Ions.Count : 1);
                eventCount += input.Events.Count;
            }

            var transports = model.Transports;
            var transportSpecies = 0;
            foreach (var t in transports)
            {
                transportSpecies += t.SpeciesCount;
            }

            branchCount += transportSpecies;

            X = new double[gateCount];
            GateNames = new string[gateCount];
            _kinetics = new GateKinetics[gateCount];
            _phi = new double[gateCount];
            _power = new int[gateCount];
            _firstGate = new int[channels.Count + 1];
            _open = new double[channels.Count];
            _law = new CurrentLaw[branchCount];
            _maximal = new double[branchCount];
            _fixedReversal = new double[branchCount];
            _ion = new int[branchCount];
            _channelOf = new int[branchCount];
            _synapseOf = new int[branchCount];
            _g = new double[branchCount];
            _j = new double[branchCount];
            _transportOf = new int[branchCount];
            _transportShare = new double[branchCount];
            Array.Fill(_transportOf, -1);
            var g = 0;
            var b = 0;
            for (var c = 0; c < channels.Count; c++, b++)
            {
                var channel = channels[c];
                _firstGate[c] = g;
                _law[b] = channel.Law;
                _maximal[b] = channel.Law == CurrentLaw.Ohmic ? channel.MaximalConductance.SiemensPerSquareMeter : channel.MaximalPermeability.MetersPerSecond;
                _fixedReversal[b] = channel.FixedReversal?.Volts ?? double.NaN;
                _ion[b] = channel.FixedReversal is null ? IonIndex(channel.Ion!, $"channel '{channel.Name}'", channel.Law == CurrentLaw.Ohmic) : -1;
                _channelOf[b] = c;
                _synapseOf[b] = -1;
                foreach (var gate in channel.Gates)
                {
                    GateNames[g] = $"{channel.Name}.{gate.Name}";
                    _kinetics[g] = gate.Kinetics;
                    _phi[g] = gate.Kinetics.TemperatureFactor(temperature);
                    _power[g] = gate.Power;
                    gate.Kinetics.Evaluate(v0, out X[g], out _);
                    Check(X[g], g);
                    g++;
                }
            }

            _firstGate[channels.Count] = g;
            var ns = synapses.Count;
            _synShape = new SynapticTimeCourse[ns];
            _synNorm = new double[ns];
            _synTauDecay = new double[ns];
            _synTauRise = new double[ns];
            _synDecayStep = new double[ns];
            _synRiseStep = new double[ns];
            _synA = new double[ns];
            _synB = new double[ns];
            _synS = new double[ns];
            _synEventStart = new int[ns + 1];
            _synCursor = new int[ns];
            _synNames = new string[ns];
            _synEvents = new double[eventCount];
            eventCount = 0;
            for (var i = 0; i < ns; i++)
            {
                var synapse = synapses[i].Synapse;
                var k = synapse.Kinetics;
                _synNames[i] = synapse.Name;
                _synShape[i] = k.Shape;
                _synNorm[i] = k.Normalisation;
                _synTauDecay[i] = k.Decay.Seconds;
                _synTauRise[i] = k.Rise.Seconds;
                _synDecayStep[i] = k.Shape == SynapticTimeCourse.Constant ? 1 : Math.Exp(-dt / k.Decay.Seconds);
                _synRiseStep[i] = k.Shape == SynapticTimeCourse.Constant ? 1 : Math.Exp(-dt / k.Rise.Seconds);
                _synS[i] = k.Shape == SynapticTimeCourse.Constant ? 1 : 0;
                if (synapse.Law == CurrentLaw.Ghk)
                {
                    foreach (var ion in synapse.Ions)
                    {
                        _law[b] = CurrentLaw.Ghk;
                        _maximal[b] = synapse.MaximalPermeability.MetersPerSecond * ion.RelativePermeability;
                        _fixedReversal[b] = double.NaN;
                        _ion[b] = IonIndex(ion.Ion, $"synapse '{synapse.Name}'", ohmic: false);
                        _channelOf[b] = -1;
                        _synapseOf[b++] = i;
                    }
                }
                else
                {
                    _law[b] = CurrentLaw.Ohmic;
                    _maximal[b] = synapse.MaximalConductance.SiemensPerSquareMeter;
                    _fixedReversal[b] = synapse.FixedReversal?.Volts ?? double.NaN;
                    _ion[b] = synapse.FixedReversal is null ? IonIndex(synapse.Ions[0].Ion, $"synapse '{synapse.Name}'", ohmic: true) : -1;
                    _channelOf[b] = -1;
                    _synapseOf[b++] = i;
                }

                _synEventStart[i] = eventCount;
                _synCursor[i] = eventCount;
                foreach (var e in synapses[i].Events)
                {
                    _synEvents[eventCount++] = e.Seconds;
                }
            }

            _synEventStart[ns] = eventCount;
            _transports = [.. transports];
            _transportFirst = new int[transports.Count + 1];
            _transportIon = new int[transportSpecies];
            _transportElectrogenic = new bool[transports.Count];
            _transportRate = new double[transports.Count];
            _transportSlope = new double[transports.Count];
            var longest = 0;
            var entry = 0;
            for (var t = 0; t < transports.Count; t++)
            {
                var transporter = transports[t].Transporter;
                _transportFirst[t] = entry;
                _transportElectrogenic[t] = transporter.IsElectrogenic;
                longest = Math.Max(longest, transports[t].SpeciesCount);
                foreach (var (species, count) in transporter.Stoichiometry.Translocations)
                {
                    var ion = IonIndex(species, $"transporter '{transporter.Name}'", ohmic: true);
                    _transportIon[entry++] = ion;
                    _law[b] = CurrentLaw.Ohmic; // unused for a transporter branch
                    _fixedReversal[b] = double.NaN;
                    _ion[b] = ion;
                    _channelOf[b] = -1;
                    _synapseOf[b] = -1;
                    _transportOf[b] = t;
                    _transportShare[b++] = -count * species.Valence * _faraday;
                }
            }

            _transportFirst[transports.Count] = entry;
            _transportInside = new double[longest];
            _transportOutside = new double[longest];

            IonTable = [.. ions];
            IonInside = [.. inside];
            IonOutside = [.. outside];
            _ionValence = new int[IonTable.Length];
            for (var i = 0; i < IonTable.Length; i++)
            {
                _ionValence[i] = IonTable[i].Valence;
            }

            _ionCurrent = new double[IonTable.Length];
            if (model.Pools is { } pools)
            {
                _pooled = true;
                _area = pools.MembraneArea.SquareMeters;
                InsideVolume = pools.InsideVolume.CubicMeters;
                OutsideVolume = pools.OutsideVolume?.CubicMeters ?? double.PositiveInfinity;
                _areaOverInside = pools.MembraneArea.SquareMeters / pools.InsideVolume.CubicMeters;
                _outsidePooled = pools.OutsideVolume is not null;
                _areaOverOutside = _outsidePooled ? pools.MembraneArea.SquareMeters / pools.OutsideVolume!.Value.CubicMeters : 0;
            }

            var buffers = model.FastBuffers;
            _bufferOf = new int[IonTable.Length];
            Array.Fill(_bufferOf, -1);
            _bufferTotal = new double[buffers.Count];
            _bufferKd = new double[buffers.Count];
            IonTotal = new double[buffers.Count];
            _bufferIon = new int[buffers.Count];
            for (var k = 0; k < buffers.Count; k++)
            {
                var buffer = buffers[k];
                var i = ions.IndexOf(buffer.Ion);
                if (i < 0 || !_pooled)
                {
                    throw new ArgumentException($"{nameof(model)} must have pools and a channel, synapse or transporter involving {buffer.Ion.Name} for its fast buffer; was {(_pooled ? "no such channel" : "without pools")}.", nameof(model));
                }

                _bufferOf[i] = k;
                _bufferIon[k] = i;
                _bufferTotal[k] = buffer.Total.MolesPerCubicMeter;
                _bufferKd[k] = buffer.DissociationConstant.MolesPerCubicMeter;
                var c = IonInside[i];
                IonTotal[k] = c + (_bufferTotal[k] * c / (c + _bufferKd[k]));
            }

            if (model.Water is { } water)
            {
                _volume = Osmotic(model, water);
            }

            var uptakes = model.OutsideUptakes;
            _uptakeIon = new int[uptakes.Count];
            _uptakeMax = new double[uptakes.Count];
            _uptakeHalf = new double[uptakes.Count];
            _uptakeBaseline = new double[uptakes.Count];
            for (var u = 0; u < uptakes.Count; u++)
            {
                var uptake = uptakes[u];
                _uptakeIon[u] = ions.IndexOf(uptake.Ion);
                if (_uptakeIon[u] < 0 || !_outsidePooled)
                {
                    throw new ArgumentException($"{nameof(model)} must have pools with an outside volume and a channel or synapse involving {uptake.Ion.Name} for its outside uptake; was {(_outsidePooled ? "no such channel" : "without an outside volume")}.", nameof(model));
                }

                _uptakeMax[u] = uptake.MaximalFlux.MolesPerSquareMeterSecond;
                _uptakeHalf[u] = uptake.HalfSaturation.MolesPerCubicMeter;
                var c0 = IonOutside[_uptakeIon[u]];
                _uptakeBaseline[u] = c0 / (c0 + _uptakeHalf[u]);
            }

            if (model.Astrocyte is { } astrocyte)
            {
                if (!_outsidePooled)
                {
                    throw new ArgumentException($"{nameof(model)} must have pools with an outside volume for its astrocyte to share; was {(_pooled ? "a bath" : "without pools")}.", nameof(model));
                }

                Astrocyte = new AstrocyteCompartment(astrocyte, IonTable, IonOutside, OutsideVolume, _thermal, _faraday);
            }

            _currentSteps = new CurrentStepTable(model.CurrentSteps);

            Clamped = model.ClampHolding is not null;
            _holding = model.ClampHolding?.Volts ?? double.NaN;
            _clampStart = new double[model.ClampSteps.Count];
            _clampEnd = new double[model.ClampSteps.Count];
            _clampPotential = new double[model.ClampSteps.Count];
            for (var i = 0; i < _clampStart.Length; i++)
            {
                var st = model.ClampSteps[i];
                _clampStart[i] = st.Start.Seconds;
                _clampEnd[i] = st.Start.Seconds + st.Length.Seconds;
                _clampPotential[i] = st.Potential.Volts;
            }

            if (Clamped)
            {
                V = Command(0); // the gates stay at their steady state at the initial potential, as before a clamp step
                UpdateOpen();
                Linearise(V);
                ClampCurrent = TotalCurrent(V);
            }
        }

        public int IonIndexOf(Ion ion) => Array.IndexOf(IonTable, ion);

        /// <summary>C_m, F/m².</summary>
        public double Capacitance => _capacitance;

        /// <summary>V_in and V_out, m³ (V_out +∞ for a bath, both NaN without pools).</summary>
        public double InsideVolume = double.NaN;
        public double OutsideVolume = double.NaN;

        /// <summary>X, the impermeant inside at the start (set for balance or given), mol/m³; NaN without osmotic volume.</summary>
        public double Impermeant = double.NaN;

        public int BufferOf(int ion) => _bufferOf[ion];

        /// <summary>The astrocyte sharing the outside volume; null without one.</summary>
        public AstrocyteCompartment? Astrocyte { get; }

        public void Step()
        {
            if (Clamped)
            {
                AdvanceGatesAndSynapses();
                var vClamp = Command(StepCount * Dt);
                Linearise(vClamp); // exact at the command: G = I′, J = I − G V there
                ClampCurrent = TotalCurrent(vClamp);
                Complete(vClamp);
                return;
            }

            var injected = Prepare(out var conductance, out var offset);
            var cOverDt = _capacitance / Dt;
            Complete(((cOverDt * V) + injected - offset) / (cOverDt + conductance));
        }

        /// <summary>
        /// The first half of a free (unclamped) step, for this compartment alone or as one node of a cable: gates and synapses
        /// advanced, every branch linearised about the old V. The membrane current at the new V′ is then
        /// <paramref name="conductance"/>·V′ + <paramref name="offset"/> (per unit area); returns the injected current density.
        /// </summary>
        public double Prepare(out double conductance, out double offset)
        {
            var t = StepCount * Dt;
            AdvanceGatesAndSynapses();
            Linearise(V);
            conductance = 0.0;
            offset = 0.0;
            for (var b = 0; b < _g.Length; b++)
            {
                conductance += _g[b];
                offset += _j[b];
            }

            return _currentSteps.At(t + (0.5 * Dt));
        }

        /// <summary>The second half of a step: the new V checked, ions moved by the currents at V′, spikes detected, V set.</summary>
        public void Complete(double vNew)
        {
            var v = V;
            var tNew = StepCount * Dt;
            var t = tNew - Dt;
            for (var k = 0; k < X.Length; k++)
            {
                Check(X[k], k);
            }

            for (var i = 0; i < _synS.Length; i++)
            {
                if (!double.IsFinite(_synS[i]))
                {
                    throw new NonFiniteStateException($"synapse {_synNames[i]}", Duration.FromSeconds(tNew), _synS[i]);
                }
            }

            if (!double.IsFinite(vNew))
            {
                throw new NonFiniteStateException("V", Duration.FromSeconds(tNew), vNew);
            }

            if (_pooled)
            {
                MoveIons(vNew, tNew);
            }

            if (v < SpikeThreshold && vNew >= SpikeThreshold)
            {
                if (RecordingSpikes)
                {
                    if (RecordedSpikes == Spikes.Length)
                    {
                        Array.Resize(ref Spikes, 2 * Spikes.Length);
                    }

                    Spikes[RecordedSpikes++] = t + (Dt * (SpikeThreshold - v) / (vNew - v));
                }

                SpikeCount++;
            }

            V = vNew;
        }

        /// <summary>Every gate by Rush–Larsen at the present V, then the step counted and the synapses advanced to its end.</summary>
        private void AdvanceGatesAndSynapses()
        {
            var v = V;
            for (var k = 0; k < X.Length; k++)
            {
                _kinetics[k].Evaluate(v, out var inf, out var tau);
                var decay = Math.Exp(-Dt * _phi[k] / tau);
                X[k] = inf + ((X[k] - inf) * decay);
            }

            UpdateOpen();
            StepCount++;
            AdvanceSynapses(StepCount * Dt);
        }

        /// <summary>
        /// Each ion's current at the new V, I = G V′ + J summed over its branches, moves it across: outward current
        /// density I removes I·A·Δt/(zF) moles from the inside (volume V_in) and adds them outside
        /// (d c_in/dt = −I A/(z F V_in); Hille 2001, ch. 1, Faraday's law), so amounts are conserved to rounding.
        /// </summary>
        private void MoveIons(double vNew, double tNew)
        {
            Array.Clear(_ionCurrent);
            for (var b = 0; b < _g.Length; b++)
            {
                if (_ion[b] >= 0)
                {
                    _ionCurrent[_ion[b]] += (_g[b] * vNew) + _j[b];
                }
            }

            for (var u = 0; u < _uptakeIon.Length; u++)
            {
                var c = IonOutside[_uptakeIon[u]];
                IonOutside[_uptakeIon[u]] -= Dt * _areaOverOutside * _uptakeMax[u] * ((c / (c + _uptakeHalf[u])) - _uptakeBaseline[u]);
            }

            for (var i = 0; i < _ionCurrent.Length; i++)
            {
                var moles = _ionCurrent[i] * Dt / (_ionValence[i] * _faraday); // per m² of membrane, outward
                var buffer = _bufferOf[i];
                if (buffer < 0)
                {
                    IonInside[i] -= moles * _areaOverInside;
                }
                else
                {
                    IonTotal[buffer] -= moles * _areaOverInside; // the crossing ions change free + bound; the buffer re-equilibrates at once
                    IonInside[i] = FastBuffer.FreeConcentration(IonTotal[buffer], _bufferTotal[buffer], _bufferKd[buffer]);
                }

                if (_outsidePooled)
                {
                    IonOutside[i] += moles * _areaOverOutside;
                }

                if (!(IonInside[i] >= 0 && double.IsFinite(IonInside[i])))
                {
                    throw new NonFiniteStateException($"[{IonTable[i].Symbol}]i", Duration.FromSeconds(tNew), IonInside[i]);
                }

                if (!(IonOutside[i] >= 0 && double.IsFinite(IonOutside[i])))
                {
                    throw new NonFiniteStateException($"[{IonTable[i].Symbol}]o", Duration.FromSeconds(tNew), IonOutside[i]);
                }
            }

            if (Astrocyte is not null)
            {
                Astrocyte.Step(Dt, IonOutside, OutsideVolume, tNew);
                for (var i = 0; i < IonOutside.Length; i++)
                {
                    if (!(IonOutside[i] >= 0))
                    {
                        throw new NonFiniteStateException($"[{IonTable[i].Symbol}]o", Duration.FromSeconds(tNew), IonOutside[i]);
                    }
                }
            }

            if (_volume is not null)
            {
                MoveWater(tNew);
            }
        }

        /// <summary>
        /// Osmotic water flow for one step (<see cref="OsmoticVolume"/>), then every concentration scaled by V_old/V_new
        /// (amounts unchanged) and A/V updated; a buffer's total and its ion's total dilute alike, and the free ion re-equilibrates.
        /// </summary>
        private void MoveWater(double tNew)
        {
            var (inside, outside) = _volume!.Step(Dt, IonInside, IonOutside);
            if (!(_volume.Inside > 0 && double.IsFinite(_volume.Inside)) || !(_volume.Outside > 0))
            {
                throw new NonFiniteStateException(_volume.Inside > 0 ? "V_out" : "V_in", Duration.FromSeconds(tNew), _volume.Inside > 0 ? _volume.Outside : _volume.Inside);
            }

            for (var i = 0; i < IonInside.Length; i++)
            {
                IonInside[i] *= inside;
                IonOutside[i] *= outside;
            }

            for (var k = 0; k < IonTotal.Length; k++)
            {
                IonTotal[k] *= inside;
                _bufferTotal[k] *= inside;
                IonInside[_bufferIon[k]] = FastBuffer.FreeConcentration(IonTotal[k], _bufferTotal[k], _bufferKd[k]);
            }

            InsideVolume = _volume.Inside;
            OutsideVolume = _volume.Outside;
            _areaOverInside = _area / InsideVolume;
            _areaOverOutside = _outsidePooled ? _area / OutsideVolume : 0;
        }

        /// <summary>
        /// The osmotic volume of a model: the fixed solutes inside are the buffer molecules, the inside solution's species no
        /// channel, synapse or transporter carries, and X (given, or the excess outside osmolarity at the start); outside, the
        /// outside solution's species nothing carries.
        /// </summary>
        private OsmoticVolume Osmotic(CellModel model, OsmoticWater water)
        {
            if (!_pooled)
            {
                throw new ArgumentException($"{nameof(model)} must have pools (WithPools) for its osmotic volume; was without.", nameof(model));
            }

            double Untracked(Solution solution)
            {
                var sum = 0.0;
                foreach (var ion in solution.Ions)
                {
                    if (Array.IndexOf(IonTable, ion) < 0 && solution.TryGetConcentration(ion, out var c))
                    {
                        sum += c.MolesPerCubicMeter;
                    }
                }

                return sum;
            }

            var otherInside = Untracked(model.Inside);
            foreach (var b in _bufferTotal)
            {
                otherInside += b;
            }

            var otherOutside = Untracked(model.Outside);
            var osmOut = otherOutside;
            var osmIn = otherInside;
            for (var i = 0; i < IonTable.Length; i++)
            {
                osmOut += IonOutside[i];
                osmIn += IonInside[i];
            }

            Impermeant = water.Impermeant?.MolesPerCubicMeter ?? osmOut - osmIn;
            if (!(Impermeant >= 0))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{nameof(model)} must start with an inside osmolarity no higher than outside for its impermeant solutes to balance it; was {osmIn:G6} mM inside against {osmOut:G6} mM outside (give the impermeant explicitly to start out of balance)."), nameof(model));
            }

            var pools = model.Pools!;
            return new OsmoticVolume(water.OsmoticPermeability.MetersPerSecond, _area, pools.InsideVolume.CubicMeters, pools.OutsideVolume?.CubicMeters, otherInside + Impermeant, otherOutside);
        }

        /// <summary>Fills G and J of every branch about <paramref name="v"/> from the present gates, activations and concentrations.</summary>
        private void Linearise(double v)
        {
            for (var t = 0; t < _transports.Length; t++)
            {
                _transportRate[t] = TransportRate(t, v);
                _transportSlope[t] = _transportElectrogenic[t]
                    ? (TransportRate(t, v + SlopeStep) - TransportRate(t, v - SlopeStep)) / (2 * SlopeStep)
                    : 0;
            }

            for (var b = 0; b < _g.Length; b++)
            {
                if (_transportOf[b] >= 0)
                {
                    var t = _transportOf[b];
                    _g[b] = _transportShare[b] * _transportSlope[t];
                    _j[b] = _transportShare[b] * (_transportRate[t] - (_transportSlope[t] * v));
                    continue;
                }

                var activation = _channelOf[b] >= 0 ? _open[_channelOf[b]] : _synS[_synapseOf[b]];
                if (_law[b] == CurrentLaw.Ohmic)
                {
                    var gb = _maximal[b] * activation;
                    _g[b] = gb;
                    _j[b] = -gb * Reversal(b);
                }
                else
                {
                    var scale = _maximal[b] * activation;
                    var i0 = scale * Ghk(b, v);
                    var slope = scale * (Ghk(b, v + SlopeStep) - Ghk(b, v - SlopeStep)) / (2 * SlopeStep);
                    _g[b] = slope;
                    _j[b] = i0 - (slope * v);
                }
            }
        }

        /// <summary>The cycle rate J of transporter t at <paramref name="v"/> and the present concentrations.</summary>
        private double TransportRate(int t, double v)
        {
            var first = _transportFirst[t];
            var count = _transportFirst[t + 1] - first;
            for (var i = 0; i < count; i++)
            {
                _transportInside[i] = IonInside[_transportIon[first + i]];
                _transportOutside[i] = IonOutside[_transportIon[first + i]];
            }

            return _transports[t].Rate(v, _transportInside.AsSpan(0, count), _transportOutside.AsSpan(0, count), _thermal, _faraday);
        }

        private double TotalCurrent(double v)
        {
            var total = 0.0;
            for (var b = 0; b < _g.Length; b++)
            {
                total += (_g[b] * v) + _j[b];
            }

            return total;
        }

        private void UpdateOpen()
        {
            for (var c = 0; c < _open.Length; c++)
            {
                var open = 1.0;
                for (var k = _firstGate[c]; k < _firstGate[c + 1]; k++)
                {
                    open *= Channel.IntegerPower(X[k], _power[k]);
                }

                _open[c] = open;
            }
        }

        private double Reversal(int b)
        {
            if (!double.IsNaN(_fixedReversal[b]))
            {
                return _fixedReversal[b];
            }

            var i = _ion[b];
            return _thermal / _ionValence[i] * Math.Log(IonOutside[i] / IonInside[i]);
        }

        /// <summary>The GHK current density of branch b per unit permeability: z F [c_in B(u) − c_out B(−u)].</summary>
        private double Ghk(int b, double v)
        {
            var i = _ion[b];
            var z = _ionValence[i];
            return z * _faraday * GhkCurrent.FluxPerPermeability(IonInside[i], IonOutside[i], z * v / _thermal);
        }

        /// <summary>Advances every synapse exactly to <paramref name="tNew"/> and adds the events of this step at their exact times.</summary>
        private void AdvanceSynapses(double tNew)
        {
            for (var i = 0; i < _synS.Length; i++)
            {
                var shape = _synShape[i];
                if (shape == SynapticTimeCourse.Constant)
                {
                    continue;
                }

                var tau = _synTauDecay[i];
                if (shape == SynapticTimeCourse.Alpha)
                {
                    // a' = −a/τ, b' = (a − b)/τ: b(t+Δt) = e^(−Δt/τ) (b + a Δt/τ), a(t+Δt) = e^(−Δt/τ) a
                    _synB[i] = (_synB[i] + (_synA[i] * Dt / tau)) * _synDecayStep[i];
                    _synA[i] *= _synDecayStep[i];
                }
                else
                {
                    _synA[i] *= _synDecayStep[i];
                    _synB[i] *= _synRiseStep[i];
                }

                var end = _synEventStart[i + 1];
                while (_synCursor[i] < end && _synEvents[_synCursor[i]] < tNew)
                {
                    var delta = tNew - _synEvents[_synCursor[i]++];
                    var decay = Math.Exp(-delta / tau);
                    _synA[i] += _synNorm[i] * decay;
                    _synB[i] += shape == SynapticTimeCourse.Alpha
                        ? _synNorm[i] * (delta / tau) * decay
                        : _synNorm[i] * Math.Exp(-delta / _synTauRise[i]);
                }

                _synS[i] = shape == SynapticTimeCourse.Alpha ? _synB[i] : _synA[i] - _synB[i];
            }
        }

        private double Command(double t)
        {
            var v = _holding;
            for (var i = 0; i < _clampStart.Length; i++)
            {
                if (t >= _clampStart[i] && t < _clampEnd[i])
                {
                    v = _clampPotential[i];
                }
            }

            return v;
        }

        private void Check(double value, int gate)
        {
            if (!double.IsFinite(value))
            {
                throw new NonFiniteStateException($"gate {GateNames[gate]}", Duration.FromSeconds(StepCount * Dt), value);
            }
        }
    }
}
