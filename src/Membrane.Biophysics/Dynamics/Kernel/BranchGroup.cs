using System;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// A range of current branches of one law (ohmic, GHK, transport, inward rectifier), each at one compartment and
/// carried by one ion (or none): for the V update each is written, over the step, as I(V′) = G·V′ + J with G and J
/// fixed, so the same G and J give each ion's current at the new V and the ions a pool gains or loses are exactly the
/// charge the membrane equation moved.
/// </summary>
internal abstract class BranchGroup
{
    /// <summary>A group of branches at the given compartments (in increasing order) and ions (−1 for none).</summary>
    protected BranchGroup(string name, int[] site, int[] ion)
    {
        Name = name;
        Site = site;
        Ion = ion;
        G = new double[site.Length];
        J = new double[site.Length];
    }

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

    /// <summary>Fills G and J of the branches at compartments [<paramref name="from"/>, <paramref name="to"/>) about each compartment's <paramref name="voltage"/>.</summary>
    public void Linearise(CompartmentKernel kernel, double[] voltage, int from, int to)
    {
        var (first, last) = Range(from, to);
        if (first < last)
        {
            Linearise(kernel, voltage, first, last, from);
        }
    }

    /// <summary>Adds each branch's G and J at compartments [<paramref name="from"/>, <paramref name="to"/>) to its compartment's sums.</summary>
    public void AddTo(double[] conductance, double[] offset, int from, int to)
    {
        var (first, last) = Range(from, to);
        for (var b = first; b < last; b++)
        {
            conductance[Site[b]] += G[b];
            offset[Site[b]] += J[b];
        }
    }

    /// <summary>Adds each ion-carrying branch's current at the new V to its compartment's ion currents (indexed site·ions + ion).</summary>
    public void AddIonCurrents(double[] ionCurrent, int ions, double[] vNew, int from, int to)
    {
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

        return (LowerBound(from), LowerBound(to));
    }

    private int LowerBound(int site)
    {
        var index = Array.BinarySearch(Site, site);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && Site[index - 1] == site)
        {
            index--;
        }

        return index;
    }
}
