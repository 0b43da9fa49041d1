using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

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
/// every step. Under a voltage clamp V is set to the command at t + Δt and the ionic current there is reported.
/// After every step each gate and V are checked: a NaN or ∞ throws <see cref="NonFiniteStateException"/> with the
/// time and the variable. Spikes are upward crossings of a threshold, timed by linear interpolation within the step.
/// </para>
/// <para>
/// A simulation owns mutable state and is not thread-safe; the model it was built from is untouched. The running state
/// lives in an internal object so the public type's own fields never change.
/// </para>
/// </remarks>
public sealed class Simulation
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

    /// <summary>Advances one step Δt. Allocation-free (unless the spike buffer must grow).</summary>
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
    /// Advances by <paramref name="duration"/> and records V, the gates (and the clamp current) every
    /// <paramref name="interval"/>, starting with the present state, and the spikes (upward crossings of
    /// <paramref name="spikeThreshold"/>) that occur during the run.
    /// </summary>
    /// <param name="duration">How long; a whole number of steps (to 10⁻⁶ of a step), ≥ 0.</param>
    /// <param name="interval">The sampling interval; a whole number (≥ 1) of steps.</param>
    /// <param name="spikeThreshold">The spike detection level; finite.</param>
    /// <returns>The recording.</returns>
    /// <exception cref="NonFiniteStateException">A gate or V became NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A duration is not a whole number of steps, or a value is out of range.</exception>
    public Recording Run(Duration duration, Duration interval, ElectricPotential spikeThreshold)
    {
        var steps = WholeSteps(duration, nameof(duration), allowZero: true);
        var stride = WholeSteps(interval, nameof(interval), allowZero: false);
        Guard.Finite(spikeThreshold, nameof(spikeThreshold));
        var samples = (int)(steps / stride) + 1;
        var times = new Duration[samples];
        var voltages = new ElectricPotential[samples];
        var gates = new double[_s.X.Length][];
        for (var g = 0; g < gates.Length; g++)
        {
            gates[g] = new double[samples];
        }

        var clamp = _s.Clamped ? new CurrentDensity[samples] : [];
        _s.SpikeThreshold = spikeThreshold.Volts;
        var firstSpike = _s.SpikeCount;
        var sample = 0;
        for (long k = 0; ; k++)
        {
            if (k % stride == 0)
            {
                times[sample] = Time;
                voltages[sample] = Voltage;
                for (var g = 0; g < gates.Length; g++)
                {
                    gates[g][sample] = _s.X[g];
                }

                if (_s.Clamped)
                {
                    clamp[sample] = ClampCurrent;
                }

                sample++;
            }

            if (k == steps)
            {
                break;
            }

            _s.Step();
        }

        var spikes = new Duration[_s.SpikeCount - firstSpike];
        for (var i = 0; i < spikes.Length; i++)
        {
            spikes[i] = Duration.FromSeconds(_s.Spikes[firstSpike + i]);
        }

        return new Recording(times, voltages, [.. _s.GateNames], gates, clamp, spikes, Duration.FromSeconds(stride * _s.Dt));
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

    /// <summary>The running state: flat arrays over all gates and channels, and the step kernel.</summary>
    private sealed class State
    {
        /// <summary>The half-width of the central difference for a GHK current's slope, 10 µV: truncation ~(h/V_T)² ≈ 1e-7
        /// relative, cancellation ~1e-16 V_T/h ≈ 1e-13; the slope only sets the implicit weight, so neither limits accuracy.</summary>
        private const double SlopeStep = 1e-5;

        public readonly double Dt;
        public readonly double[] X;            // gate values, all channels' gates in order
        public readonly string[] GateNames;
        public readonly bool Clamped;
        public double V;
        public long StepCount;
        public double ClampCurrent;
        public double SpikeThreshold;
        public double[] Spikes = new double[64];
        public int SpikeCount;

        private readonly GateKinetics[] _kinetics;
        private readonly double[] _phi;           // Q10 factor per gate
        private readonly int[] _power;            // exponent per gate
        private readonly int[] _firstGate;        // per channel, index of its first gate; length channels + 1
        private readonly CurrentLaw[] _law;
        private readonly double[] _maximal;       // ḡ (S/m²) or P̄ (m/s) per channel
        private readonly double[] _fixedReversal; // V, NaN when E comes from concentrations
        private readonly int[] _valence;
        private readonly double[] _inside;        // mol/m³ per channel's ion (the live concentrations)
        private readonly double[] _outside;
        private readonly double[] _open;          // scratch: open fraction per channel
        private readonly double _capacitance;     // F/m²
        private readonly double _thermal;         // RT/F, V
        private readonly double _faraday;
        private readonly double[] _stimStart;
        private readonly double[] _stimEnd;
        private readonly double[] _stimAmplitude; // A/m², positive into the cell
        private readonly double _holding;
        private readonly double[] _clampStart;
        private readonly double[] _clampEnd;
        private readonly double[] _clampPotential;

        // ligand-gated synapses: per synapse, then their ions and events flattened with offsets
        private readonly SynapticTimeCourse[] _synShape;
        private readonly CurrentLaw[] _synLaw;
        private readonly double[] _synMaximal;     // ḡ (S/m²) or P̄ (m/s)
        private readonly double[] _synFixedReversal;
        private readonly double[] _synNorm;
        private readonly double[] _synTauDecay;
        private readonly double[] _synTauRise;
        private readonly double[] _synDecayStep;   // e^(−Δt/τ_decay)
        private readonly double[] _synRiseStep;    // e^(−Δt/τ_rise)
        private readonly double[] _synA;           // alpha: a; bi-exponential: decaying component
        private readonly double[] _synB;           // alpha: b (= s); bi-exponential: rising component
        private readonly double[] _synS;           // activation s
        private readonly int[] _synIonStart;       // length synapses + 1
        private readonly int[] _synIonValence;
        private readonly double[] _synIonWeight;
        private readonly double[] _synIonInside;
        private readonly double[] _synIonOutside;
        private readonly int[] _synEventStart;     // length synapses + 1
        private readonly int[] _synCursor;
        private readonly double[] _synEvents;
        private readonly string[] _synNames;

        public State(CellModel model, Temperature temperature, double dt, double v0, ConstantSet constants)
        {
            Dt = dt;
            V = v0;
            SpikeThreshold = 0;
            _capacitance = model.Capacitance.FaradsPerSquareMeter;
            _thermal = constants.ThermalVoltage(temperature).Volts;
            _faraday = constants.FaradayConstant;
            var channels = model.Channels;
            var gateCount = 0;
            foreach (var c in channels)
            {
                gateCount += c.Gates.Count;
            }

            X = new double[gateCount];
            GateNames = new string[gateCount];
            _kinetics = new GateKinetics[gateCount];
            _phi = new double[gateCount];
            _power = new int[gateCount];
            _firstGate = new int[channels.Count + 1];
            _law = new CurrentLaw[channels.Count];
            _maximal = new double[channels.Count];
            _fixedReversal = new double[channels.Count];
            _valence = new int[channels.Count];
            _inside = new double[channels.Count];
            _outside = new double[channels.Count];
            _open = new double[channels.Count];
            var g = 0;
            for (var c = 0; c < channels.Count; c++)
            {
                var channel = channels[c];
                _firstGate[c] = g;
                _law[c] = channel.Law;
                _maximal[c] = channel.Law == CurrentLaw.Ohmic ? channel.MaximalConductance.SiemensPerSquareMeter : channel.MaximalPermeability.MetersPerSecond;
                _fixedReversal[c] = channel.FixedReversal?.Volts ?? double.NaN;
                if (channel.FixedReversal is null)
                {
                    var ion = channel.Ion!;
                    _valence[c] = ion.Valence;
                    if (!model.Inside.TryGetConcentration(ion, out var cin) || !model.Outside.TryGetConcentration(ion, out var cout))
                    {
                        throw new ArgumentException($"{nameof(model)} must hold inside and outside concentrations of {ion.Name} for channel '{channel.Name}'; was missing one (use WithConcentrations).", nameof(model));
                    }

                    if (channel.Law == CurrentLaw.Ohmic)
                    {
                        Guard.PositiveFinite(cin, $"{nameof(model)}.{nameof(CellModel.Inside)}[{ion.Name}]");
                        Guard.PositiveFinite(cout, $"{nameof(model)}.{nameof(CellModel.Outside)}[{ion.Name}]");
                    }

                    _inside[c] = cin.MolesPerCubicMeter;
                    _outside[c] = cout.MolesPerCubicMeter;
                }

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
            _stimStart = new double[model.CurrentSteps.Count];
            _stimEnd = new double[model.CurrentSteps.Count];
            _stimAmplitude = new double[model.CurrentSteps.Count];
            for (var i = 0; i < _stimStart.Length; i++)
            {
                var s = model.CurrentSteps[i];
                _stimStart[i] = s.Start.Seconds;
                _stimEnd[i] = s.Start.Seconds + s.Length.Seconds;
                _stimAmplitude[i] = s.Amplitude.AmperesPerSquareMeter;
            }

            Clamped = model.ClampHolding is not null;
            _holding = model.ClampHolding?.Volts ?? double.NaN;
            _clampStart = new double[model.ClampSteps.Count];
            _clampEnd = new double[model.ClampSteps.Count];
            _clampPotential = new double[model.ClampSteps.Count];
            for (var i = 0; i < _clampStart.Length; i++)
            {
                var s = model.ClampSteps[i];
                _clampStart[i] = s.Start.Seconds;
                _clampEnd[i] = s.Start.Seconds + s.Length.Seconds;
                _clampPotential[i] = s.Potential.Volts;
            }

            var synapses = model.Synapses;
            var ns = synapses.Count;
            _synShape = new SynapticTimeCourse[ns];
            _synLaw = new CurrentLaw[ns];
            _synMaximal = new double[ns];
            _synFixedReversal = new double[ns];
            _synNorm = new double[ns];
            _synTauDecay = new double[ns];
            _synTauRise = new double[ns];
            _synDecayStep = new double[ns];
            _synRiseStep = new double[ns];
            _synA = new double[ns];
            _synB = new double[ns];
            _synS = new double[ns];
            _synIonStart = new int[ns + 1];
            _synEventStart = new int[ns + 1];
            _synCursor = new int[ns];
            _synNames = new string[ns];
            var ionCount = 0;
            var eventCount = 0;
            foreach (var input in synapses)
            {
                ionCount += input.Synapse.Ions.Count;
                eventCount += input.Events.Count;
            }

            _synIonValence = new int[ionCount];
            _synIonWeight = new double[ionCount];
            _synIonInside = new double[ionCount];
            _synIonOutside = new double[ionCount];
            _synEvents = new double[eventCount];
            ionCount = 0;
            eventCount = 0;
            for (var i = 0; i < ns; i++)
            {
                var synapse = synapses[i].Synapse;
                var k = synapse.Kinetics;
                _synNames[i] = synapse.Name;
                _synShape[i] = k.Shape;
                _synLaw[i] = synapse.Law;
                _synMaximal[i] = synapse.Law == CurrentLaw.Ohmic ? synapse.MaximalConductance.SiemensPerSquareMeter : synapse.MaximalPermeability.MetersPerSecond;
                _synFixedReversal[i] = synapse.FixedReversal?.Volts ?? double.NaN;
                _synNorm[i] = k.Normalisation;
                _synTauDecay[i] = k.Decay.Seconds;
                _synTauRise[i] = k.Rise.Seconds;
                _synDecayStep[i] = k.Shape == SynapticTimeCourse.Constant ? 1 : Math.Exp(-dt / k.Decay.Seconds);
                _synRiseStep[i] = k.Shape == SynapticTimeCourse.Constant ? 1 : Math.Exp(-dt / k.Rise.Seconds);
                _synS[i] = k.Shape == SynapticTimeCourse.Constant ? 1 : 0;
                _synIonStart[i] = ionCount;
                foreach (var ion in synapse.Ions)
                {
                    if (!model.Inside.TryGetConcentration(ion.Ion, out var cin) || !model.Outside.TryGetConcentration(ion.Ion, out var cout))
                    {
                        throw new ArgumentException($"{nameof(model)} must hold inside and outside concentrations of {ion.Ion.Name} for synapse '{synapse.Name}'; was missing one (use WithConcentrations).", nameof(model));
                    }

                    if (synapse.Law == CurrentLaw.Ohmic)
                    {
                        Guard.PositiveFinite(cin, $"{nameof(model)}.{nameof(CellModel.Inside)}[{ion.Ion.Name}]");
                        Guard.PositiveFinite(cout, $"{nameof(model)}.{nameof(CellModel.Outside)}[{ion.Ion.Name}]");
                    }

                    _synIonValence[ionCount] = ion.Ion.Valence;
                    _synIonWeight[ionCount] = ion.RelativePermeability;
                    _synIonInside[ionCount] = cin.MolesPerCubicMeter;
                    _synIonOutside[ionCount] = cout.MolesPerCubicMeter;
                    ionCount++;
                }

                _synEventStart[i] = eventCount;
                _synCursor[i] = eventCount;
                foreach (var e in synapses[i].Events)
                {
                    _synEvents[eventCount++] = e.Seconds;
                }
            }

            _synIonStart[ns] = ionCount;
            _synEventStart[ns] = eventCount;

            if (Clamped)
            {
                V = Command(0); // the gates stay at their steady state at the initial potential, as before a clamp step
                UpdateOpen();
                ClampCurrent = IonicCurrent(V);
            }
        }

        public void Step()
        {
            var v = V;
            var t = StepCount * Dt;
            for (var k = 0; k < X.Length; k++)
            {
                _kinetics[k].Evaluate(v, out var inf, out var tau);
                var decay = Math.Exp(-Dt * _phi[k] / tau);
                X[k] = inf + ((X[k] - inf) * decay);
            }

            UpdateOpen();
            StepCount++;
            var tNew = StepCount * Dt;
            AdvanceSynapses(tNew);
            double vNew;
            if (Clamped)
            {
                vNew = Command(tNew);
                ClampCurrent = IonicCurrent(vNew);
            }
            else
            {
                var midpoint = t + (0.5 * Dt);
                var injected = 0.0;
                for (var i = 0; i < _stimStart.Length; i++)
                {
                    if (midpoint >= _stimStart[i] && midpoint < _stimEnd[i])
                    {
                        injected += _stimAmplitude[i];
                    }
                }

                var cOverDt = _capacitance / Dt;
                var conductance = 0.0;
                var drive = 0.0; // Σ G E
                var explicitCurrent = 0.0;
                for (var c = 0; c < _open.Length; c++)
                {
                    if (_law[c] == CurrentLaw.Ohmic)
                    {
                        var gc = _maximal[c] * _open[c];
                        conductance += gc;
                        drive += gc * Reversal(c);
                    }
                    else
                    {
                        // linearised about V: I(V′) ≈ I(V) + (dI/dV)(V′ − V), the slope by a central difference
                        var slope = (GhkCurrentOf(c, v + SlopeStep) - GhkCurrentOf(c, v - SlopeStep)) / (2 * SlopeStep);
                        conductance += slope;
                        explicitCurrent += GhkCurrentOf(c, v) - (slope * v);
                    }
                }

                for (var i = 0; i < _synS.Length; i++)
                {
                    if (_synLaw[i] == CurrentLaw.Ohmic)
                    {
                        var gs = _synMaximal[i] * _synS[i];
                        conductance += gs;
                        drive += gs * SynapseReversal(i);
                    }
                    else
                    {
                        var slope = (SynapseGhkCurrent(i, v + SlopeStep) - SynapseGhkCurrent(i, v - SlopeStep)) / (2 * SlopeStep);
                        conductance += slope;
                        explicitCurrent += SynapseGhkCurrent(i, v) - (slope * v);
                    }
                }

                vNew = ((cOverDt * v) + injected + drive - explicitCurrent) / (cOverDt + conductance);
            }

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

            if (v < SpikeThreshold && vNew >= SpikeThreshold)
            {
                if (SpikeCount == Spikes.Length)
                {
                    Array.Resize(ref Spikes, 2 * Spikes.Length);
                }

                Spikes[SpikeCount++] = t + (Dt * (SpikeThreshold - v) / (vNew - v));
            }

            V = vNew;
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

        private double Reversal(int c) =>
            double.IsNaN(_fixedReversal[c])
                ? _thermal / _valence[c] * Math.Log(_outside[c] / _inside[c])
                : _fixedReversal[c];

        private double GhkCurrentOf(int c, double v) =>
            _maximal[c] * _open[c] * _valence[c] * _faraday * GhkCurrent.FluxPerPermeability(_inside[c], _outside[c], _valence[c] * v / _thermal);

        private double IonicCurrent(double v)
        {
            var total = 0.0;
            for (var c = 0; c < _open.Length; c++)
            {
                total += _law[c] == CurrentLaw.Ohmic ? _maximal[c] * _open[c] * (v - Reversal(c)) : GhkCurrentOf(c, v);
            }

            for (var i = 0; i < _synS.Length; i++)
            {
                total += _synLaw[i] == CurrentLaw.Ohmic ? _synMaximal[i] * _synS[i] * (v - SynapseReversal(i)) : SynapseGhkCurrent(i, v);
            }

            return total;
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
                    if (shape == SynapticTimeCourse.Alpha)
                    {
                        _synA[i] += _synNorm[i] * decay;
                        _synB[i] += _synNorm[i] * (delta / tau) * decay;
                    }
                    else
                    {
                        _synA[i] += _synNorm[i] * decay;
                        _synB[i] += _synNorm[i] * Math.Exp(-delta / _synTauRise[i]);
                    }
                }

                _synS[i] = shape == SynapticTimeCourse.Alpha ? _synB[i] : _synA[i] - _synB[i];
            }
        }

        private double SynapseReversal(int i)
        {
            if (!double.IsNaN(_synFixedReversal[i]))
            {
                return _synFixedReversal[i];
            }

            var j = _synIonStart[i];
            return _thermal / _synIonValence[j] * Math.Log(_synIonOutside[j] / _synIonInside[j]);
        }

        private double SynapseGhkCurrent(int i, double v)
        {
            var sum = 0.0;
            for (var j = _synIonStart[i]; j < _synIonStart[i + 1]; j++)
            {
                var z = _synIonValence[j];
                sum += _synIonWeight[j] * z * GhkCurrent.FluxPerPermeability(_synIonInside[j], _synIonOutside[j], z * v / _thermal);
            }

            return _synMaximal[i] * _synS[i] * _faraday * sum;
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
