using System;
using System.Globalization;
using System.Numerics.Tensors;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// Many independent copies of one <see cref="CellModel"/>, each with its own constant bias current, stepped together
/// in structure-of-arrays form: V[cell], x[gate, cell]. The same scheme as <see cref="Simulation"/> (Rush–Larsen
/// gates, backward Euler in the ohmic currents), allocation-free per step.
/// </summary>
/// <remarks>
/// <para>
/// Supported: ohmic channels (fixed reversal, or the Nernst potential of the model's fixed concentrations) and current
/// steps. Not (yet) supported, and rejected with <see cref="NotSupportedException"/>: GHK channels, synapses, voltage
/// clamps, pools, pumps and uptake. The HH 1952 gates (<see cref="HodgkinHuxley1952.M"/>, <c>H</c>, <c>N</c>) take a
/// batched path whose exponentials are SIMD-vectorised (System.Numerics.Tensors); any other kinetics is evaluated
/// per cell through its delegate.
/// </para>
/// <para>
/// Spikes (upward crossings of the threshold) are counted per cell with the first and last crossing time since
/// <see cref="ResetSpikes"/>, which is what a steady firing rate needs. Not thread-safe; the running state lives in
/// arrays held by read-only fields.
/// </para>
/// </remarks>
public sealed class Population
{
    private readonly int _count;
    private readonly double _dt;
    private readonly double[] _v;
    private readonly double[] _x;          // [gate * count + cell]
    private readonly double[] _bias;       // A/m², positive into the cell
    private readonly GateKinetics[] _kinetics;
    private readonly double[] _phi;
    private readonly int[] _power;
    private readonly int[] _firstGate;
    private readonly double[] _maximal;    // S/m² per channel
    private readonly double[] _reversal;   // V per channel
    private readonly CurrentStepTable _currentSteps;
    private readonly double _capacitance;
    private readonly double _threshold;
    private readonly int[] _spikes;
    private readonly double[] _firstSpike;
    private readonly double[] _lastSpike;
    private readonly long[] _stepCount = new long[1];
    private readonly int[] _hhGate;        // per gate: 1 = HH m, 2 = HH h, 3 = HH n (batched path), 0 = other kinetics
    private readonly double[] _scratchA;   // per cell scratch for the batched HH rates
    private readonly double[] _scratchB;
    private readonly double[] _scratchC;

    /// <summary>Compiles a model for <paramref name="biasCurrents"/>.Length cells.</summary>
    /// <param name="model">The description; ohmic channels and current steps only.</param>
    /// <param name="biasCurrents">A constant injected current density per cell (positive into the cell), added to the model's steps.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="timeStep">Δt; finite and &gt; 0.</param>
    /// <param name="initialPotential">V at t = 0 for every cell, the gates at their steady state there.</param>
    /// <param name="spikeThreshold">The spike detection level; finite.</param>
    /// <param name="constants">F and R (for Nernst reversals); <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentNullException">The model is null.</exception>
    /// <exception cref="ArgumentException">No cells, or a channel needs concentrations the model lacks.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="NotSupportedException">The model has something the population kernel does not handle.</exception>
    public Population(CellModel model, ReadOnlySpan<CurrentDensity> biasCurrents, Temperature temperature, Duration timeStep, ElectricPotential initialPotential, ElectricPotential spikeThreshold, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        Guard.PositiveFinite(timeStep, nameof(timeStep));
        Guard.Finite(initialPotential, nameof(initialPotential));
        Guard.Finite(spikeThreshold, nameof(spikeThreshold));
        if (biasCurrents.IsEmpty)
        {
            throw new ArgumentException($"{nameof(biasCurrents)} must hold one current per cell; was empty.", nameof(biasCurrents));
        }

        if (model.Synapses.Count > 0 || model.ClampHolding is not null || model.Pools is not null || model.Pump is not null || model.OutsideUptakes.Count > 0)
        {
            throw new NotSupportedException("A population handles ohmic channels and current steps only; use Simulation for synapses, clamps, pools, pumps and uptake.");
        }

        var set = constants ?? ConstantSet.Si2019;
        _count = biasCurrents.Length;
        _dt = timeStep.Seconds;
        _threshold = spikeThreshold.Volts;
        _capacitance = model.Capacitance.FaradsPerSquareMeter;
        var channels = model.Channels;
        var gates = 0;
        foreach (var c in channels)
        {
            if (c.Law != CurrentLaw.Ohmic)
            {
                throw new NotSupportedException($"A population handles ohmic channels only; channel '{c.Name}' is {c.Law}.");
            }

            gates += c.Gates.Count;
        }

        _kinetics = new GateKinetics[gates];
        _hhGate = new int[gates];
        _scratchA = new double[_count];
        _scratchB = new double[_count];
        _scratchC = new double[_count];
        _phi = new double[gates];
        _power = new int[gates];
        _firstGate = new int[channels.Count + 1];
        _maximal = new double[channels.Count];
        _reversal = new double[channels.Count];
        _v = new double[_count];
        _x = new double[gates * _count];
        _bias = new double[_count];
        _spikes = new int[_count];
        _firstSpike = new double[_count];
        _lastSpike = new double[_count];
        var g = 0;
        for (var c = 0; c < channels.Count; c++)
        {
            var channel = channels[c];
            _firstGate[c] = g;
            _maximal[c] = channel.MaximalConductance.SiemensPerSquareMeter;
            if (channel.FixedReversal is { } e)
            {
                _reversal[c] = e.Volts;
            }
            else
            {
                var ion = channel.Ion!;
                if (!model.Inside.TryGetConcentration(ion, out var cin) || !model.Outside.TryGetConcentration(ion, out var cout))
                {
                    throw new ArgumentException($"{nameof(model)} must hold inside and outside concentrations of {ion.Name} for channel '{channel.Name}'; was missing one.", nameof(model));
                }

                _reversal[c] = Equilibrium.Nernst.Potential(ion, new Species.IonGradient(cin, cout), temperature, set).Volts;
            }

            foreach (var gate in channel.Gates)
            {
                _kinetics[g] = gate.Kinetics;
                _hhGate[g] = ReferenceEquals(gate.Kinetics, HodgkinHuxley1952.M) ? 1
                    : ReferenceEquals(gate.Kinetics, HodgkinHuxley1952.H) ? 2
                    : ReferenceEquals(gate.Kinetics, HodgkinHuxley1952.N) ? 3 : 0;
                _phi[g] = gate.Kinetics.TemperatureFactor(temperature);
                _power[g] = gate.Power;
                gate.Kinetics.Evaluate(initialPotential.Volts, out var inf, out _);
                _x.AsSpan(g * _count, _count).Fill(inf);
                g++;
            }
        }

        _firstGate[channels.Count] = g;
        _v.AsSpan().Fill(initialPotential.Volts);
        for (var i = 0; i < _count; i++)
        {
            Guard.Finite(biasCurrents[i], $"{nameof(biasCurrents)}[{i}]");
            _bias[i] = biasCurrents[i].AmperesPerSquareMeter;
        }

        _currentSteps = new CurrentStepTable(model.CurrentSteps);
    }

    /// <summary>The number of cells.</summary>
    public int Count => _count;

    /// <summary>The simulated time.</summary>
    public Duration Time => Duration.FromSeconds(_stepCount[0] * _dt);

    /// <summary>A cell's membrane potential.</summary>
    /// <param name="cell">0 … <see cref="Count"/> − 1.</param>
    /// <returns>V.</returns>
    public ElectricPotential Voltage(int cell) => ElectricPotential.FromVolts(_v[Checked(cell)]);

    /// <summary>The spikes a cell fired since the last <see cref="ResetSpikes"/> (or the start).</summary>
    /// <param name="cell">0 … <see cref="Count"/> − 1.</param>
    /// <returns>The count.</returns>
    public int SpikeCount(int cell) => _spikes[Checked(cell)];

    /// <summary>
    /// A cell's steady firing rate in Hz since the last <see cref="ResetSpikes"/>: (count − 1)/(last − first crossing),
    /// the definition of <see cref="Analysis.ActionPotentialShape.FiringRate"/>; 0 with fewer than two spikes.
    /// </summary>
    /// <param name="cell">0 … <see cref="Count"/> − 1.</param>
    /// <returns>The rate in s⁻¹.</returns>
    public double FiringRate(int cell)
    {
        var i = Checked(cell);
        return _spikes[i] < 2 ? 0 : (_spikes[i] - 1) / (_lastSpike[i] - _firstSpike[i]);
    }

    /// <summary>Forgets the spikes counted so far (e.g. after an onset transient).</summary>
    public void ResetSpikes() => Array.Clear(_spikes);

    /// <summary>Advances every cell by round(<paramref name="duration"/>/Δt) steps. Allocation-free.</summary>
    /// <param name="duration">How long; finite and ≥ 0.</param>
    /// <exception cref="NonFiniteStateException">A cell's V or gate became NaN or infinite (the variable names the cell).</exception>
    public void Advance(Duration duration)
    {
        Guard.NonNegativeFinite(duration, nameof(duration));
        var steps = (long)Math.Round(duration.Seconds / _dt);
        for (long k = 0; k < steps; k++)
        {
            Step();
        }
    }

    /// <summary>One step Δt for every cell. Allocation-free.</summary>
    /// <exception cref="NonFiniteStateException">A cell's V or gate became NaN or infinite.</exception>
    public void Step()
    {
        var t = _stepCount[0] * _dt;
        var n = _count;
        for (var g = 0; g < _kinetics.Length; g++)
        {
            var rate = _dt * _phi[g];
            var x = _x.AsSpan(g * n, n);
            if (_hhGate[g] != 0)
            {
                StepHodgkinHuxleyGate(_hhGate[g], rate, x);
                continue;
            }

            var kinetics = _kinetics[g];
            for (var i = 0; i < x.Length; i++)
            {
                kinetics.Evaluate(_v[i], out var inf, out var tau);
                x[i] = inf + ((x[i] - inf) * Math.Exp(-rate / tau));
            }
        }

        _stepCount[0]++;
        var tNew = _stepCount[0] * _dt;
        var midpoint = t + (0.5 * _dt);
        var injected = _currentSteps.At(midpoint);

        var cOverDt = _capacitance / _dt;
        for (var i = 0; i < n; i++)
        {
            var conductance = 0.0;
            var offset = 0.0;
            for (var c = 0; c < _maximal.Length; c++)
            {
                var open = 1.0;
                for (var g = _firstGate[c]; g < _firstGate[c + 1]; g++)
                {
                    open *= Channel.IntegerPower(_x[(g * n) + i], _power[g]);
                }

                var gc = _maximal[c] * open;
                conductance += gc;
                offset += -gc * _reversal[c];
            }

            var v = _v[i];
            var vNew = ((cOverDt * v) + (injected + _bias[i]) - offset) / (cOverDt + conductance);
            if (!double.IsFinite(vNew))
            {
                throw new NonFiniteStateException(string.Create(CultureInfo.InvariantCulture, $"V of cell {i}"), Duration.FromSeconds(tNew), vNew);
            }

            if (v < _threshold && vNew >= _threshold)
            {
                var when = t + (_dt * (_threshold - v) / (vNew - v));
                if (_spikes[i]++ == 0)
                {
                    _firstSpike[i] = when;
                }

                _lastSpike[i] = when;
            }

            _v[i] = vNew;
        }

        for (var k = 0; k < _x.Length; k++)
        {
            if (!double.IsFinite(_x[k]))
            {
                throw new NonFiniteStateException(string.Create(CultureInfo.InvariantCulture, $"gate {k / n} of cell {k % n}"), Duration.FromSeconds(tNew), _x[k]);
            }
        }
    }

    /// <summary>
    /// The Rush–Larsen update of one HH 1952 gate for every cell, with the exponentials batched through
    /// <see cref="TensorPrimitives.Exp{T}(ReadOnlySpan{T}, Span{T})"/> (SIMD). The rates are those of
    /// <see cref="HodgkinHuxley1952"/>; the removable singularity uses the same series for |u| &lt; 10⁻⁴ and u/(1 − e^(−u))
    /// beyond it (relative error ≤ 2.2e-16/|u| ≤ 2.2e-12 there, where the scalar path uses an exact expm1), so cells agree
    /// with <see cref="Simulation"/> to rounding rather than bit for bit.
    /// </summary>
    private void StepHodgkinHuxleyGate(int which, double rate, Span<double> x)
    {
        var n = x.Length;
        var a = _scratchA.AsSpan(0, n);
        var b = _scratchB.AsSpan(0, n);
        var c = _scratchC.AsSpan(0, n);
        var v = _v.AsSpan(0, n);

        // exponent arguments, in mV: α's and β's
        for (var i = 0; i < n; i++)
        {
            var mv = v[i] * 1000.0;
            (a[i], b[i]) = which switch
            {
                1 => (-(mv + 40.0) / 10.0, -(mv + 65.0) / 18.0),
                2 => (-(mv + 65.0) / 20.0, -(mv + 35.0) / 10.0),
                _ => (-(mv + 55.0) / 10.0, -(mv + 65.0) / 80.0),
            };
        }

        TensorPrimitives.Exp(a, c); // c = e^(a)
        TensorPrimitives.Exp(b, b); // b = e^(b)
        for (var i = 0; i < n; i++)
        {
            double alpha, beta;
            switch (which)
            {
                case 1:
                    alpha = 1000.0 * Trap(-a[i], c[i]);
                    beta = 4000.0 * b[i];
                    break;
                case 2:
                    alpha = 70.0 * c[i];
                    beta = 1000.0 / (1.0 + b[i]);
                    break;
                default:
                    alpha = 100.0 * Trap(-a[i], c[i]);
                    beta = 125.0 * b[i];
                    break;
            }

            var sum = alpha + beta;
            a[i] = -rate * sum;      // the Rush–Larsen exponent −Δt φ/τ
            c[i] = alpha / sum;      // x∞
        }

        TensorPrimitives.Exp(a, a);
        for (var i = 0; i < n; i++)
        {
            x[i] = c[i] + ((x[i] - c[i]) * a[i]);
        }

        static double Trap(double u, double expMinusU)
        {
            if (Math.Abs(u) < 1e-4)
            {
                var u2 = u * u;
                return 1.0 + (u / 2.0) + (u2 / 12.0) - (u2 * u2 / 720.0);
            }

            return u / (1.0 - expMinusU);
        }
    }

    private int Checked(int cell) =>
        (uint)cell < (uint)_count ? cell : throw Guard.Fail(nameof(cell), cell.ToString(CultureInfo.InvariantCulture), $"a cell index from 0 to {_count - 1}");
}
