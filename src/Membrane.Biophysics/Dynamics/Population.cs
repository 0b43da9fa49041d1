using System;
using System.Globalization;
using System.Runtime.Intrinsics;
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
/// clamps, pools, buffers, osmotic volume, pumps, transporters and uptake.
/// </para>
/// <para>
/// Two kernels, chosen when the population is built. When every gate is one of the HH 1952 gates
/// (<see cref="HodgkinHuxley1952.M"/>, <c>H</c>, <c>N</c>; any channels, conductances, powers and reversals) and the
/// machine has 256- or 512-bit vectors, a vector kernel steps 4 or 8 cells at once in one pass: the HH rates in
/// closed form with the library's own inlined exponential, the gate update, the V update and spike detection, with no
/// table lookups. Cells whose V lies outside ±1 V, and the last few cells when the count is not a multiple of the
/// vector width, take the per-cell path. Otherwise every cell takes the per-cell path, which evaluates each gate
/// through its kinetics (the arithmetic of <see cref="Simulation"/> in the same order, so each cell equals a lone
/// <see cref="Simulation"/> bit for bit). The vector kernel differs from it by rounding only (a few ulps per rate;
/// see <c>Population.Vector.cs</c>).
/// </para>
/// <para>
/// Spikes (upward crossings of the threshold) are counted per cell with the first and last crossing time since
/// <see cref="ResetSpikes"/>, which is what a steady firing rate needs. Not thread-safe; the running state lives in
/// arrays held by read-only fields.
/// </para>
/// </remarks>
public sealed partial class Population
{
    private readonly int _count;
    private readonly double _dt;
    private readonly double[] _v;
    private readonly double[] _bias;       // A/m², positive into the cell
    private readonly OhmicMembrane _membrane;
    private readonly int[]? _hodgkinHuxleyGate; // per gate: 1 = HH m, 2 = HH h, 3 = HH n; null when the per-cell path serves
    private readonly CurrentStepTable _currentSteps;
    private readonly double _capacitance;
    private readonly double _threshold;
    private readonly int[] _spikes;
    private readonly double[] _firstSpike;
    private readonly double[] _lastSpike;
    private readonly double[] _lanes = new double[8]; // one vector's V′, for the rare lanes that spike or fail
    private readonly long[] _stepCount = new long[1];

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
        : this(model, biasCurrents, temperature, timeStep, initialPotential, spikeThreshold, constants, vectorise: true)
    {
    }

    /// <summary>As the public constructor; <paramref name="vectorise"/> false keeps every cell on the per-cell path (for tests).</summary>
    internal Population(CellModel model, ReadOnlySpan<CurrentDensity> biasCurrents, Temperature temperature, Duration timeStep, ElectricPotential initialPotential, ElectricPotential spikeThreshold, ConstantSet? constants, bool vectorise)
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

        if (model.Synapses.Count > 0 || model.ClampHolding is not null || model.Pools is not null || model.OutsideUptakes.Count > 0 || model.Transports.Count > 0 || model.FastBuffers.Count > 0 || model.Water is not null)
        {
            throw new NotSupportedException("A population handles ohmic channels and current steps only; use Simulation for synapses, clamps, pools, buffers, osmotic volume, pumps, transporters and uptake.");
        }

        _count = biasCurrents.Length;
        _dt = timeStep.Seconds;
        _threshold = spikeThreshold.Volts;
        _capacitance = model.Capacitance.FaradsPerSquareMeter;
        _membrane = new OhmicMembrane(model, _count, null, temperature, constants ?? ConstantSet.Si2019, _dt, initialPotential.Volts, "A population", (nameof(model), nameof(model), "cell"));
        _hodgkinHuxleyGate = vectorise && (Simd512.IsAccelerated || Simd256.IsAccelerated) ? HodgkinHuxleyGates(_membrane.Kinetics) : null;
        _v = new double[_count];
        _bias = new double[_count];
        _spikes = new int[_count];
        _firstSpike = new double[_count];
        _lastSpike = new double[_count];
        _v.AsSpan().Fill(initialPotential.Volts);
        for (var i = 0; i < _count; i++)
        {
            Guard.Finite(biasCurrents[i], $"{nameof(biasCurrents)}[{i}]");
            _bias[i] = biasCurrents[i].AmperesPerSquareMeter;
        }

        _currentSteps = new CurrentStepTable(model.CurrentSteps);
    }

    /// <summary>True when the cells are stepped by the vector kernel (every gate an HH 1952 gate, vectors in hardware).</summary>
    internal bool IsVectorised => _hodgkinHuxleyGate is not null;

    /// <summary>Gate <paramref name="gate"/> (in the model's channel and gate order) of a cell, for tests.</summary>
    internal double Gate(int gate, int cell) => _membrane.X[(gate * _count) + Checked(cell)];

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
    /// the definition the Analysis layer's <c>ActionPotentialShape.FiringRate</c> uses for a spike train (Analysis sits
    /// above Dynamics, so it is named here in words); 0 with fewer than two spikes.
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
        var injected = _currentSteps.At(t + (0.5 * _dt));
        var done = _hodgkinHuxleyGate is null ? 0
            : Simd512.IsAccelerated ? StepVectors<Simd512, Vector512<double>>(t, injected)
            : StepVectors<Simd256, Vector256<double>>(t, injected);
        for (var i = done; i < _count; i++)
        {
            StepCell(i, t, injected);
        }

        _stepCount[0]++;
    }

    /// <summary>One cell's step through its gates' kinetics: the arithmetic of <see cref="Simulation"/>, in its order.</summary>
    private void StepCell(int i, double t, double injected)
    {
        var v = _v[i];
        _membrane.StepGates(i, v);
        _membrane.Linearise(i, out var conductance, out var offset);
        var cOverDt = _capacitance / _dt;
        var vNew = ((cOverDt * v) + (injected + _bias[i]) - offset) / (cOverDt + conductance);
        if (!double.IsFinite(vNew))
        {
            throw NonFinite(string.Create(CultureInfo.InvariantCulture, $"V of cell {i}"), vNew);
        }

        if (_membrane.FirstNonFiniteGate(i) is var g and >= 0)
        {
            throw NonFinite(string.Create(CultureInfo.InvariantCulture, $"gate {g} of cell {i}"), _membrane.X[(g * _count) + i]);
        }

        Crossing(i, t, v, vNew);
        _v[i] = vNew;
    }

    private void Crossing(int i, double t, double v, double vNew)
    {
        if (v < _threshold && vNew >= _threshold)
        {
            var when = t + (_dt * (_threshold - v) / (vNew - v));
            if (_spikes[i]++ == 0)
            {
                _firstSpike[i] = when;
            }

            _lastSpike[i] = when;
        }
    }

    private NonFiniteStateException NonFinite(string variable, double value) =>
        new(variable, Duration.FromSeconds((_stepCount[0] + 1) * _dt), value);

    private int Checked(int cell) =>
        (uint)cell < (uint)_count ? cell : throw Guard.Fail(nameof(cell), cell.ToString(CultureInfo.InvariantCulture), $"a cell index from 0 to {_count - 1}");
}
