using System;
using System.Collections.Generic;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The gates of one channel at every compartment that has it (its instances), structure of arrays:
/// x[gate·Count + instance], and each instance's open fraction Π xₖ^pₖ. One step is Rush–Larsen (exponential Euler)
/// at the old V, x ← x∞(V) + (x − x∞(V)) e^(−Δt φ/τ(V)), exact for V held over the step (Rush, S. and Larsen, H.
/// (1978) <i>IEEE Trans. Biomed. Eng.</i> 25, 389–392; the Q10 factor φ as in <see cref="GateKinetics"/>).
/// </summary>
/// <remarks>
/// When every gate is one of the HH 1952 gates and the machine has 256- or 512-bit vectors, the instances of
/// consecutive compartments are stepped a register at a time by <see cref="HodgkinHuxleyGates"/> (rates in closed form,
/// the library's own exponential, no tables), across cells of a population and compartments of a cable alike; every
/// other gate, and a register with a V outside ±1 V, takes the per-gate path through its kinetics.
/// </remarks>
internal sealed class GateBlock
{
    private readonly GateKinetics[] _kinetics;
    private readonly double[] _rate;        // per gate: Δt·φ(T), s
    private readonly int[] _power;
    private readonly bool _vectorisable;
    private HodgkinHuxleyGates? _vector;   // the vector path this block shares, if any
    private bool _leads;                   // whether this block advances that path (for every block sharing it)
    private readonly double[] _voltage;     // the kernel's V, per compartment

    /// <summary>Compiles the gates of <paramref name="channel"/> for its instances, each gate at its steady state at <paramref name="initialVolts"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="sites">Each instance's compartment, increasing.</param>
    /// <param name="temperature">The temperature (Q10).</param>
    /// <param name="dt">Δt, s.</param>
    /// <param name="initialVolts">V at the start.</param>
    /// <param name="vectorise">Whether HH 1952 gates may take the vector path.</param>
    /// <param name="voltage">The compartments' V, which the gates read.</param>
    public GateBlock(Channel channel, IReadOnlyList<int> sites, Temperature temperature, double dt, double initialVolts, bool vectorise, double[] voltage)
    {
        _voltage = voltage;
        Channel = channel;
        Site = [.. sites];
        Count = Site.Length;
        var gates = channel.Gates;
        _kinetics = new GateKinetics[gates.Count];
        _rate = new double[gates.Count];
        _power = new int[gates.Count];
        Names = new string[gates.Count];
        X = AlignedArray.Of(gates.Count * Count);
        Open = AlignedArray.Of(Count);
        for (var g = 0; g < gates.Count; g++)
        {
            _kinetics[g] = gates[g].Kinetics;
            _rate[g] = dt * gates[g].Kinetics.TemperatureFactor(temperature);
            _power[g] = gates[g].Power;
            Names[g] = $"{channel.Name}.{gates[g].Name}";
            gates[g].Kinetics.Evaluate(initialVolts, out var inf, out _);
            X.AsSpan(g * Count, Count).Fill(inf);
        }

        _vectorisable = vectorise && HodgkinHuxleyGates.Accepts(_kinetics);
        AdvancePerGate = PerGateAndOpen;
        UpdateOpen(0, Count);
    }

    /// <summary>The channel.</summary>
    public Channel Channel { get; }

    /// <summary>Each instance's compartment, in increasing order.</summary>
    public int[] Site { get; }

    /// <summary>The number of instances.</summary>
    public int Count { get; }

    /// <summary>The number of gates of the channel.</summary>
    public int Gates => _kinetics.Length;

    /// <summary>"channel.gate" of each gate.</summary>
    public string[] Names { get; }

    /// <summary>The gate values, x[gate·Count + instance].</summary>
    public double[] X { get; }

    /// <summary>Each instance's open fraction (1 for a channel without gates).</summary>
    public double[] Open { get; }

    /// <summary>Each gate's Δt·φ(T), s.</summary>
    public double[] Rate => _rate;

    /// <summary>Each gate's power in the open fraction.</summary>
    public int[] Power => _power;

    /// <summary>Whether the instances are stepped a vector register at a time.</summary>
    public bool IsVectorised => _vector is not null;

    /// <summary>The per-gate path for instances [from, to), open fractions included (made once as a delegate).</summary>
    public Action<int, int> AdvancePerGate { get; }

    /// <summary>
    /// Gives the vectorisable blocks among <paramref name="blocks"/> their vector path, one per set of blocks at the
    /// same compartments (a cell's Na and K channels share the HH rates), advanced by the first of them.
    /// </summary>
    public static void ShareVectorPaths(IReadOnlyList<GateBlock> blocks)
    {
        var joined = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i]._vectorisable || joined[i])
            {
                continue;
            }

            var together = new List<GateBlock> { blocks[i] };
            for (var j = i + 1; j < blocks.Count; j++)
            {
                if (blocks[j]._vectorisable && !joined[j] && blocks[j].Site.AsSpan().SequenceEqual(blocks[i].Site))
                {
                    together.Add(blocks[j]);
                    joined[j] = true;
                }
            }

            var path = new HodgkinHuxleyGates(together);
            foreach (var block in together)
            {
                block._vector = path;
            }

            blocks[i]._leads = true;
        }
    }

    /// <summary>The instances at compartments [from, to) (sites are sorted): [first, last).</summary>
    public (int First, int Last) Instances(int from, int to)
    {
        if (Count == 0 || (from <= Site[0] && to > Site[^1]))
        {
            return (0, Count);
        }

        return (Sorted.LowerBound(Site, from), Sorted.LowerBound(Site, to));
    }

    /// <summary>The kinetics of gate <paramref name="g"/>.</summary>
    public GateKinetics Kinetics(int g) => _kinetics[g];

    /// <summary>
    /// Advances instances [<paramref name="from"/>, <paramref name="to"/>) by Rush–Larsen at the compartments' present
    /// V, then their open fractions; a block sharing a vector path it does not lead is advanced by its leader (except
    /// over a range too short for a register, which every block steps on its own per-gate path).
    /// </summary>
    public void Advance(int from, int to)
    {
        if (_kinetics.Length == 0)
        {
            return;
        }

        if (_vector is null || to - from < HodgkinHuxleyGates.Width)
        {
            PerGateAndOpen(from, to); // a range shorter than a register holds no whole one: the vector path would do the same
        }
        else if (_leads)
        {
            _vector.Advance(_voltage, Site, Count, from, to);
        }
    }

    /// <summary>Instances [from, to) on the per-gate path, then their open fractions.</summary>
    private void PerGateAndOpen(int from, int to)
    {
        PerGate(from, to);
        UpdateOpen(from, to);
    }

    /// <summary>The per-gate path: instances [from, to) through their kinetics.</summary>
    private void PerGate(int from, int to)
    {
        var voltage = _voltage;
        for (var k = from; k < to; k++)
        {
            var v = voltage[Site[k]];
            for (var g = 0; g < _kinetics.Length; g++)
            {
                ref var x = ref X[(g * Count) + k];
                _kinetics[g].Evaluate(v, out var inf, out var tau);
                x = inf + ((x - inf) * Math.Exp(-_rate[g] / tau));
            }
        }
    }

    /// <summary>Every gate of instance <paramref name="k"/> at its steady state at <paramref name="volts"/>, and its open fraction.</summary>
    public void SetSteadyState(int k, double volts)
    {
        for (var g = 0; g < _kinetics.Length; g++)
        {
            _kinetics[g].Evaluate(volts, out X[(g * Count) + k], out _);
        }

        UpdateOpen(k, k + 1);
    }

    /// <summary>The first gate of instance <paramref name="k"/> that is not finite, or −1.</summary>
    public int FirstNonFinite(int k)
    {
        for (var g = 0; g < _kinetics.Length; g++)
        {
            if (!double.IsFinite(X[(g * Count) + k]))
            {
                return g;
            }
        }

        return -1;
    }

    private void UpdateOpen(int from, int to)
    {
        if (_kinetics.Length == 0)
        {
            Open.AsSpan(from, to - from).Fill(1);
            return;
        }

        for (var k = from; k < to; k++)
        {
            var open = 1.0;
            for (var g = 0; g < _kinetics.Length; g++)
            {
                open *= Channel.IntegerPower(X[(g * Count) + k], _power[g]);
            }

            Open[k] = open;
        }
    }
}
