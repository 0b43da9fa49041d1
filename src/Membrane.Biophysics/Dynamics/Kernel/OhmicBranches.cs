using System;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// Ohmic branches, I = ḡ·a·(V − E) with a the open fraction of a channel or the activation of a synapse:
/// G = ḡ·a, J = −G·E, implicit in V (so the V update is unconditionally stable in them). E is fixed, or the Nernst
/// potential (RT/zF) ln(c_out/c_in) of the compartment's present concentrations where they move (Hille 2001, ch. 1);
/// for the scheme this is NEURON's default fixed step (Hines, M. L. and Carnevale, N. T. (1997) <i>Neural Comput.</i>
/// 9, 1179–1209).
/// </summary>
internal sealed class OhmicBranches : BranchGroup
{
    private readonly double _maximal;        // ḡ, S/m²
    private readonly double[] _activation;   // the open fractions or activations the branches read
    private readonly int[] _index;           // each branch's entry in it
    private readonly double[] _reversal;     // V
    private readonly bool[] _live;           // E recomputed every step from the compartment's concentrations
    private readonly bool _fixedInOrder;     // contiguous, every E fixed, branch b reads activation[b]: span loops

    /// <summary>Ohmic branches of one conductance ḡ at the given compartments.</summary>
    /// <param name="name">What they are.</param>
    /// <param name="site">Each branch's compartment, increasing.</param>
    /// <param name="ion">Each branch's ion (−1 for a fixed reversal no pool moves).</param>
    /// <param name="maximal">ḡ, S/m².</param>
    /// <param name="activation">The open fractions or activations; branch b reads activation[index[b]].</param>
    /// <param name="index">Each branch's entry in <paramref name="activation"/>.</param>
    /// <param name="reversal">Each branch's E at the start, V.</param>
    /// <param name="live">Whether each branch's E follows its compartment's concentrations.</param>
    /// <param name="carried">The ion a fixed-reversal branch carries, for reports; null for none.</param>
    public OhmicBranches(string name, int[] site, int[] ion, double maximal, double[] activation, int[] index, double[] reversal, bool[] live, Species.Ion? carried = null)
        : base(name, site, ion, carried)
    {
        _maximal = maximal;
        _activation = activation;
        _index = index;
        _reversal = reversal;
        _live = live;
        _fixedInOrder = Contiguous && !Array.Exists(live, x => x) && index.Select((i, b) => i == b).All(x => x);
    }

    /// <summary>Each branch's present reversal potential, V.</summary>
    public double Reversal(int b) => _reversal[b];

    /// <inheritdoc/>
    protected override void Linearise(CompartmentKernel kernel, double[] voltage, int first, int last, int fromSite)
    {
        if (_fixedInOrder)
        {
            LineariseFixed(first, last);
            return;
        }

        var pools = kernel.Pools;
        var thermal = kernel.Thermal;
        for (var b = first; b < last; b++)
        {
            if (_live[b])
            {
                var i = Ion[b];
                _reversal[b] = thermal / pools.Valence[i] * Math.Log(pools.OutsideAt(Site[b], i) / pools.InsideAt(Site[b], i));
            }

            var g = _maximal * _activation[_index[b]];
            G[b] = g;
            J[b] = -g * _reversal[b];
        }
    }

    /// <summary>
    /// For contiguous branches whose E is fixed, G = ḡ a and J = −G E added to their compartments' sums in one pass, a
    /// vector register at a time (the same arithmetic, and the same order of the sums, as apart); each branch's own G
    /// and J are kept only where the ion currents read them again (a report linearises a compartment afresh).
    /// </summary>
    public override void LineariseAndAdd(CompartmentKernel kernel, double[] voltage, int from, int to, double[] conductance, double[] offset)
    {
        if (!_fixedInOrder)
        {
            base.LineariseAndAdd(kernel, voltage, from, to, conductance, offset);
            return;
        }

        var (first, last) = Range(from, to);
        var n = last - first;
        if (n <= 0)
        {
            return;
        }

        if (CarriesIons)
        {
            LineariseFixed(first, last);
            AddTo(conductance, offset, from, to);
            return;
        }

        if (n < Vector<double>.Count)
        {
            AddScalar(first, last, conductance, offset);
            return;
        }

        var at = Site[first];
        var activation = MemoryMarshal.Cast<double, Vector<double>>(_activation.AsSpan(first, n));
        var reversal = MemoryMarshal.Cast<double, Vector<double>>(_reversal.AsSpan(first, n));
        var sumG = MemoryMarshal.Cast<double, Vector<double>>(conductance.AsSpan(at, n));
        var sumJ = MemoryMarshal.Cast<double, Vector<double>>(offset.AsSpan(at, n));
        var maximal = new Vector<double>(_maximal);
        for (var k = 0; k < sumG.Length; k++)
        {
            var branchG = maximal * activation[k];
            sumG[k] += branchG;
            sumJ[k] += -branchG * reversal[k];
        }

        AddScalar(first + (sumG.Length * Vector<double>.Count), last, conductance, offset);
    }

    /// <summary>ḡ a and −ḡ a E of branches [first, last) added to their compartments' sums, one at a time.</summary>
    private void AddScalar(int first, int last, double[] conductance, double[] offset)
    {
        for (var b = first; b < last; b++)
        {
            var branchG = _maximal * _activation[b];
            conductance[Site[b]] += branchG;
            offset[Site[b]] += -branchG * _reversal[b];
        }
    }

    /// <summary>G = ḡ a and J = −G E for branches [first, last) whose E is fixed, a vector register at a time (the scalar path's arithmetic).</summary>
    private void LineariseFixed(int first, int last)
    {
        var n = last - first;
        var activation = MemoryMarshal.Cast<double, Vector<double>>(_activation.AsSpan(first, n));
        var reversal = MemoryMarshal.Cast<double, Vector<double>>(_reversal.AsSpan(first, n));
        var g = MemoryMarshal.Cast<double, Vector<double>>(G.AsSpan(first, n));
        var j = MemoryMarshal.Cast<double, Vector<double>>(J.AsSpan(first, n));
        var maximal = new Vector<double>(_maximal);
        for (var k = 0; k < g.Length; k++)
        {
            var conductance = maximal * activation[k];
            g[k] = conductance;
            j[k] = -conductance * reversal[k];
        }

        for (var b = first + (g.Length * Vector<double>.Count); b < last; b++)
        {
            var conductance = _maximal * _activation[b];
            G[b] = conductance;
            J[b] = -conductance * _reversal[b];
        }
    }
}
