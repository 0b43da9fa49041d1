using System;
using System.Numerics;
using System.Runtime.InteropServices;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// A range of current branches of one law (ohmic, GHK, transport, inward rectifier), each at one compartment and
/// carried by one ion (or none): for the V update each is written, over the step, as I(V′) = G·V′ + J with G and J
/// fixed, so the same G and J give each ion's current at the new V and the ions a pool gains or loses are exactly the
/// charge the membrane equation moved.
/// </summary>
internal abstract class BranchGroup
{
    private readonly bool _carriesIons;     // some branch moves an ion
    private readonly Species.Ion? _carried; // what a branch no pool moves carries, for reports

    /// <summary>A group of branches at the given compartments (in increasing order) and ions (−1 for none).</summary>
    /// <param name="name">What the branches are.</param>
    /// <param name="site">Each branch's compartment.</param>
    /// <param name="ion">Each branch's ion-table index, −1 for a branch no pool moves.</param>
    /// <param name="carried">The ion a branch that no pool moves carries nonetheless (a fixed-reversal Na⁺ channel), for reports; null for none.</param>
    protected BranchGroup(string name, int[] site, int[] ion, Species.Ion? carried = null)
    {
        Name = name;
        _carried = carried;
        Site = site;
        Ion = ion;
        G = AlignedArray.Of(site.Length);
        J = AlignedArray.Of(site.Length);
        Contiguous = site.Length > 0 && site[^1] - site[0] == site.Length - 1 && IsIncreasing(site);
        _carriesIons = Array.Exists(ion, i => i >= 0);
        CarriesIons = _carriesIons;
    }

    /// <summary>Whether some branch moves an ion (so its G and J are read again for the ion currents).</summary>
    protected bool CarriesIons { get; }

    /// <summary>What the branches are, e.g. the channel's name.</summary>
    public string Name { get; }

    /// <summary>Each branch's compartment, in increasing order.</summary>
    public int[] Site { get; }

    /// <summary>Each branch's ion-table index, −1 for a branch no pool moves (a fixed-reversal channel).</summary>
    public int[] Ion { get; }

    /// <summary>This step's slope of each branch, S/m².</summary>
    public double[] G { get; }

    /// <summary>This step's offset of each branch, A/m²: I(V′) = G V′ + J.</summary>
    public double[] J { get; }

    /// <summary>The number of branches.</summary>
    public int Count => Site.Length;

    /// <summary>Whether branch b sits at compartment Site[0] + b (one branch at each of consecutive compartments), so the loops run on spans.</summary>
    protected bool Contiguous { get; }

    /// <summary>What branch <paramref name="b"/> is, for reports: the channel's, synapse's or transporter's name.</summary>
    public virtual string BranchName(int b) => Name;

    /// <summary>The ion branch <paramref name="b"/> carries (null for none), given the kernel's ion table.</summary>
    public Species.Ion? IonOf(int b, Species.Ion[] table) => Ion[b] >= 0 ? table[Ion[b]] : _carried;

    /// <summary>Fills G and J of the branches at compartments [<paramref name="from"/>, <paramref name="to"/>) about each compartment's <paramref name="voltage"/>.</summary>
    public void Linearise(CompartmentKernel kernel, double[] voltage, int from, int to)
    {
        var (first, last) = Range(from, to);
        if (first < last)
        {
            Linearise(kernel, voltage, first, last, from);
        }
    }

    /// <summary>
    /// <see cref="Linearise(CompartmentKernel, double[], int, int)"/> and <see cref="AddTo"/> at compartments
    /// [<paramref name="from"/>, <paramref name="to"/>); a group may do both in one pass.
    /// </summary>
    public virtual void LineariseAndAdd(CompartmentKernel kernel, double[] voltage, int from, int to, double[] conductance, double[] offset)
    {
        Linearise(kernel, voltage, from, to);
        AddTo(conductance, offset, from, to);
    }

    /// <summary>Adds each branch's G and J at compartments [<paramref name="from"/>, <paramref name="to"/>) to its compartment's sums.</summary>
    public void AddTo(double[] conductance, double[] offset, int from, int to)
    {
        var (first, last) = Range(from, to);
        if (Contiguous && first < last)
        {
            var at = Site[first];
            var n = last - first;
            Add(conductance.AsSpan(at, n), G.AsSpan(first, n));
            Add(offset.AsSpan(at, n), J.AsSpan(first, n));
            return;
        }

        for (var b = first; b < last; b++)
        {
            conductance[Site[b]] += G[b];
            offset[Site[b]] += J[b];
        }
    }

    /// <summary>sum[i] += terms[i], a vector register at a time.</summary>
    private static void Add(Span<double> sum, ReadOnlySpan<double> terms)
    {
        var sums = MemoryMarshal.Cast<double, Vector<double>>(sum);
        var added = MemoryMarshal.Cast<double, Vector<double>>(terms);
        for (var k = 0; k < sums.Length; k++)
        {
            sums[k] += added[k];
        }

        for (var i = sums.Length * Vector<double>.Count; i < sum.Length; i++)
        {
            sum[i] += terms[i];
        }
    }

    /// <summary>Adds each ion-carrying branch's current at the new V to its compartment's ion currents (indexed site·ions + ion).</summary>
    public void AddIonCurrents(double[] ionCurrent, int ions, double[] vNew, int from, int to)
    {
        if (!_carriesIons)
        {
            return;
        }

        var (first, last) = Range(from, to);
        for (var b = first; b < last; b++)
        {
            if (Ion[b] >= 0)
            {
                ionCurrent[(Site[b] * ions) + Ion[b]] += (G[b] * vNew[Site[b]]) + J[b];
            }
        }
    }

    /// <summary>The total current of the branches at one compartment at <paramref name="volts"/>, Σ (G V + J).</summary>
    public double CurrentAt(int site, double volts)
    {
        var (first, last) = Range(site, site + 1);
        var total = 0.0;
        for (var b = first; b < last; b++)
        {
            total += (G[b] * volts) + J[b];
        }

        return total;
    }

    /// <summary>Fills G and J of branches [<paramref name="first"/>, <paramref name="last"/>).</summary>
    protected abstract void Linearise(CompartmentKernel kernel, double[] voltage, int first, int last, int fromSite);

    /// <summary>The branches at compartments [from, to): those with from ≤ Site &lt; to (sites are sorted).</summary>
    protected (int First, int Last) Range(int from, int to)
    {
        if (from == 0 && to > (Site.Length == 0 ? -1 : Site[^1]))
        {
            return (0, Site.Length);
        }

        if (Contiguous)
        {
            return (Math.Clamp(from - Site[0], 0, Site.Length), Math.Clamp(to - Site[0], 0, Site.Length));
        }

        return (Sorted.LowerBound(Site, from), Sorted.LowerBound(Site, to));
    }

    private static bool IsIncreasing(int[] site)
    {
        for (var b = 1; b < site.Length; b++)
        {
            if (site[b] <= site[b - 1])
            {
                return false;
            }
        }

        return true;
    }
}
