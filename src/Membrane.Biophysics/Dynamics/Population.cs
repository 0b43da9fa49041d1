using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
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
/// steps. Not (yet) supported, and rejected with <see cref="ArgumentException"/> naming the model: GHK channels, synapses, voltage
/// clamps, pools, buffers, osmotic volume, pumps, transporters and uptake.
/// </para>
/// <para>
/// The cells are compartments of the library's one compartment kernel (<c>Kernel/CompartmentKernel.cs</c>), which
/// <see cref="Simulation"/>, <see cref="Cable"/> and <see cref="CableTree"/> run too. Each channel's gates are one
/// block over all the cells: when they are HH 1952 gates (<see cref="HodgkinHuxley1952.M"/>, <c>H</c>, <c>N</c>) and
/// the machine has 256- or 512-bit vectors, 4 or 8 cells are stepped at once with the HH rates in closed form and the
/// library's own exponential, no table lookups (<c>Kernel/HodgkinHuxleyGates.cs</c>); cells whose V lies outside
/// ±1 V, the cells outside whole registers, and every other gate take the per-gate path, the arithmetic of a lone
/// <see cref="Simulation"/> in its order (so with the vector path off each cell equals one bit for bit; the vector
/// path differs by rounding only, a few ulps per rate).
/// </para>
/// <para>
/// <see cref="Advance(Duration)"/> spreads the cells over the machine's cores, each core advancing its share for the whole
/// duration (the cells are independent, so no step waits for another core); the shares are split at multiples of the
/// vector width, so every cell is stepped by the same path and the results are bit-identical to one core's.
/// </para>
/// <para>
/// Spikes (upward crossings of the threshold) are counted per cell with the first and last crossing time since
/// <see cref="ResetSpikes"/>, which is what a steady firing rate needs. Not thread-safe; the running state lives in
/// arrays held by read-only fields.
/// </para>
/// </remarks>
public sealed class Population
{
    private readonly CompartmentKernel _k;
    private readonly int _count;
    private readonly double _dt;
    private readonly int[] _gateBlock;   // per gate in the model's order: its block and its index there
    private readonly int[] _gateIndex;

    /// <summary>Compiles a model for <paramref name="biasCurrents"/>.Length cells.</summary>
    /// <param name="model">The description; ohmic channels and current steps only.</param>
    /// <param name="biasCurrents">A constant injected current density per cell (positive into the cell), added to the model's steps.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="timeStep">Δt; finite and &gt; 0.</param>
    /// <param name="initialPotential">V at t = 0 for every cell, the gates at their steady state there.</param>
    /// <param name="spikeThreshold">The spike detection level; finite.</param>
    /// <param name="constants">F and R (for Nernst reversals); <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentNullException">The model is null.</exception>
    /// <exception cref="ArgumentException">No cells, a channel needs concentrations the model lacks, or the model has something the population kernel does not simulate.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public Population(CellModel model, ReadOnlySpan<CurrentDensity> biasCurrents, Temperature temperature, Duration timeStep, ElectricPotential initialPotential, ElectricPotential spikeThreshold, ConstantSet? constants = null)
        : this(model, biasCurrents, temperature, timeStep, initialPotential, spikeThreshold, constants, vectorise: true)
    {
    }

    /// <summary>As the public constructor; <paramref name="vectorise"/> false keeps every cell on the per-gate path (for tests).</summary>
    internal Population(CellModel model, ReadOnlySpan<CurrentDensity> biasCurrents, Temperature temperature, Duration timeStep, ElectricPotential initialPotential, ElectricPotential spikeThreshold, ConstantSet? constants, bool vectorise)
    {
        ArgumentNullException.ThrowIfNull(model);
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        Guard.PositiveFinite(timeStep, nameof(timeStep));
        Guard.Finite(initialPotential, nameof(initialPotential));
        Guard.Finite(spikeThreshold, nameof(spikeThreshold));
        Guard.NotEmpty(biasCurrents.Length, nameof(biasCurrents), "one current per cell");

        if (model.Synapses.Count > 0 || model.ClampHolding is not null || model.Pools is not null || model.OutsideUptakes.Count > 0 || model.Transports.Count > 0 || model.FastBuffers.Count > 0 || model.Water is not null || model.Channels.Any(c => c.Law != CurrentLaw.Ohmic))
        {
            throw Guard.Invalid(nameof(model), $"a model with {Unsimulated(model)}", "a model of ohmic channels and current steps only, what a population simulates (use Simulation for GHK channels, synapses, clamps, pools, buffers, osmotic volume, pumps, transporters and uptake)");
        }

        _count = biasCurrents.Length;
        _dt = timeStep.Seconds;
        for (var i = 0; i < _count; i++)
        {
            Guard.Finite(biasCurrents[i], $"{nameof(biasCurrents)}[{i}]");
        }

        _k = new CompartmentKernel(Enumerable.Repeat(model, _count).ToArray(), temperature, _dt, initialPotential.Volts, constants ?? ConstantSet.Si2019,
            new KernelOptions(vectorise, SiteWord: "cell", SpikeThreshold: spikeThreshold.Volts, Coupling: null));
        for (var i = 0; i < _count; i++)
        {
            _k.Bias[i] = biasCurrents[i].AmperesPerSquareMeter;
        }

        var block = new List<int>();
        var index = new List<int>();
        foreach (var channel in model.Channels)
        {
            var b = Array.FindIndex(_k.Gates, g => ReferenceEquals(g.Channel, channel));
            for (var g = 0; g < _k.Gates[b].Gates; g++)
            {
                block.Add(b);
                index.Add(g);
            }
        }

        (_gateBlock, _gateIndex) = ([.. block], [.. index]);
    }

    /// <summary>True when every gate of the cells is stepped by the vector path (every gate an HH 1952 gate, vectors in hardware).</summary>
    internal bool IsVectorised => _k.Gates.All(g => g.Gates == 0 || g.IsVectorised);

    /// <summary>Gate <paramref name="gate"/> (in the model's channel and gate order) of a cell, for tests.</summary>
    internal double Gate(int gate, int cell)
    {
        var block = _k.Gates[_gateBlock[gate]];
        return block.X[(_gateIndex[gate] * block.Count) + Checked(cell)];
    }

    /// <summary>The number of cells.</summary>
    public int Count => _count;

    /// <summary>The simulated time.</summary>
    public Duration Time => Duration.FromSeconds(_k.StepCount * _dt);

    /// <summary>A cell's membrane potential.</summary>
    /// <param name="cell">0 … <see cref="Count"/> − 1.</param>
    /// <returns>V.</returns>
    public ElectricPotential Voltage(int cell) => ElectricPotential.FromVolts(_k.V[Checked(cell)]);

    /// <summary>The spikes a cell fired since the last <see cref="ResetSpikes"/> (or the start).</summary>
    /// <param name="cell">0 … <see cref="Count"/> − 1.</param>
    /// <returns>The count.</returns>
    public int SpikeCount(int cell) => _k.Spikes.Count[Checked(cell)];

    /// <summary>
    /// A cell's steady firing rate since the last <see cref="ResetSpikes"/>: (count − 1)/(last − first crossing),
    /// the definition the Analysis layer's <c>ActionPotentialShape.FiringRate</c> uses for a spike train (Analysis sits
    /// above Dynamics, so it is named here in words); 0 with fewer than two spikes.
    /// </summary>
    /// <param name="cell">0 … <see cref="Count"/> − 1.</param>
    /// <returns>The rate (<c>.Hertz</c> for the number in Hz).</returns>
    public Rate FiringRate(int cell)
    {
        var i = Checked(cell);
        var spikes = _k.Spikes;
        return Rate.FromPerSecond(spikes.Count[i] < 2 ? 0 : (spikes.Count[i] - 1) / (spikes.Last[i] - spikes.First[i]));
    }

    /// <summary>Forgets the spikes counted so far (e.g. after an onset transient).</summary>
    public void ResetSpikes() => Array.Clear(_k.Spikes.Count);

    /// <summary>
    /// Advances every cell by round(<paramref name="duration"/>/Δt) steps, the cells spread over the machine's cores
    /// (results identical to one core's). Allocation-free on one core; on several, the scheduling of the shares only.
    /// </summary>
    /// <param name="duration">How long; finite and ≥ 0.</param>
    /// <exception cref="NonFiniteStateException">A cell's V or gate became NaN or infinite (the variable names the cell).</exception>
    public void Advance(Duration duration) => Advance(duration, Environment.ProcessorCount);

    /// <summary>As <see cref="Advance(Duration)"/> on at most <paramref name="cores"/> cores (1: this thread alone).</summary>
    /// <param name="duration">How long; finite and ≥ 0.</param>
    /// <param name="cores">The most cores to use; ≥ 1.</param>
    /// <exception cref="NonFiniteStateException">A cell's V or gate became NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Advance(Duration duration, int cores)
    {
        Guard.NonNegativeFinite(duration, nameof(duration));
        Guard.AtLeast(cores, 1, nameof(cores), "core");

        var steps = (long)Math.Round(duration.Seconds / _dt);
        var start = _k.StepCount;
        // Shares of whole vector registers (at least 256 cells each, so a small population stays on one thread).
        var width = HodgkinHuxleyGates.Width;
        var shares = Math.Max(1, Math.Min(cores, _count / 256));
        var per = (_count / shares + width - 1) / width * width;
        if (shares == 1 || steps == 0)
        {
            _k.AdvanceCells(0, _count, start, steps);
        }
        else
        {
            AdvanceShares(shares, per, start, steps);
        }

        _k.StepCount = start + steps;
    }

    /// <summary>Each share of cells advanced on a core of its own (a method of its own, so that a one-core advance allocates no closure).</summary>
    private void AdvanceShares(int shares, int per, long start, long steps) =>
        Parallel.For(0, shares, new ParallelOptions { MaxDegreeOfParallelism = shares }, share =>
        {
            var from = Math.Min(_count, share * per);
            var to = share == shares - 1 ? _count : Math.Min(_count, from + per);
            _k.AdvanceCells(from, to, start, steps);
        });

    /// <summary>One step Δt for every cell, on this thread. Allocation-free.</summary>
    /// <exception cref="NonFiniteStateException">A cell's V or gate became NaN or infinite.</exception>
    public void Step() => _k.Step();

    /// <summary>What of <paramref name="model"/> a population or a cable does not simulate, for the message that refuses it.</summary>
    internal static string Unsimulated(CellModel model) => string.Join(", ", new (bool Has, string What)[]
    {
        (model.Channels.Any(c => c.Law != CurrentLaw.Ohmic), "GHK channels"),
        (model.Synapses.Count > 0, "synapses"),
        (model.ClampHolding is not null, "a voltage clamp"),
        (model.Pools is not null, "ion pools"),
        (model.FastBuffers.Count > 0, "fast buffers"),
        (model.Water is not null, "an osmotic volume"),
        (model.Transports.Count > 0, "transporters"),
        (model.OutsideUptakes.Count > 0, "outside uptake"),
    }.Where(x => x.Has).Select(x => x.What));

    private int Checked(int cell) => Guard.Index(cell, _count, nameof(cell), "cell");
}
