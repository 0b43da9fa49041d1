using System;
using System.Collections.Generic;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// Transporters with rate laws (<see cref="TransportKinetics"/>): one branch per species each moves, so its ions move
/// by exactly the stoichiometry. With J the cycle rate (mol/(m²·s)) at the compartment's V and concentrations, species
/// s of count nₛ and charge zₛ carries the outward current −nₛ zₛ F J; an electrogenic transporter is linearised about
/// the old V by the slope of J (central difference, ±10 µV, as <see cref="GhkBranches"/>), an electroneutral one has none.
/// </summary>
internal sealed class TransportBranches : BranchGroup
{
    private readonly TransportKinetics[] _kinetics;   // per transporter
    private readonly int[] _siteOf;                   // per transporter, its compartment
    private readonly int[] _first;                    // per transporter, its first branch; length transporters + 1
    private readonly bool[] _electrogenic;
    private readonly double[] _share;                 // per branch: −n z F, A/m² per mol/(m²·s)
    private readonly int[] _transporterOf;            // per branch
    private readonly double[] _rate;                  // per transporter: this step's J and dJ/dV
    private readonly double[] _slope;
    private readonly double[] _inside;                // scratch, the longest stoichiometry
    private readonly double[] _outside;

    private TransportBranches(int[] site, int[] ion, TransportKinetics[] kinetics, int[] siteOf, int[] first, double[] share, int[] transporterOf, int longest)
        : base("transport", site, ion)
    {
        _kinetics = kinetics;
        _siteOf = siteOf;
        _first = first;
        _share = share;
        _transporterOf = transporterOf;
        _electrogenic = Array.ConvertAll(kinetics, k => k.Transporter.IsElectrogenic);
        _rate = new double[kinetics.Length];
        _slope = new double[kinetics.Length];
        _inside = new double[longest];
        _outside = new double[longest];
    }

    /// <summary>The transporters, each with its compartment (in increasing order), one branch per species.</summary>
    /// <param name="transporters">The transporters and their compartments.</param>
    /// <param name="ionIndex">The ion-table index of a species, checking its concentrations are there.</param>
    /// <param name="faraday">F.</param>
    public static TransportBranches Create(IReadOnlyList<(int Site, TransportKinetics Kinetics)> transporters, Func<int, Species.Ion, string, int> ionIndex, double faraday)
    {
        var sites = new List<int>();
        var ions = new List<int>();
        var share = new List<double>();
        var of = new List<int>();
        var first = new int[transporters.Count + 1];
        var longest = 0;
        for (var t = 0; t < transporters.Count; t++)
        {
            var (site, kinetics) = transporters[t];
            first[t] = sites.Count;
            longest = Math.Max(longest, kinetics.SpeciesCount);
            foreach (var (species, count) in kinetics.Transporter.Stoichiometry.Translocations)
            {
                sites.Add(site);
                ions.Add(ionIndex(site, species, $"transporter '{kinetics.Transporter.Name}'"));
                share.Add(-count * species.Valence * faraday);
                of.Add(t);
            }
        }

        first[transporters.Count] = sites.Count;
        var kineticsOf = new TransportKinetics[transporters.Count];
        var siteOf = new int[transporters.Count];
        for (var t = 0; t < transporters.Count; t++)
        {
            (siteOf[t], kineticsOf[t]) = transporters[t];
        }

        return new TransportBranches([.. sites], [.. ions], kineticsOf, siteOf, first, [.. share], [.. of], longest);
    }

    /// <inheritdoc/>
    public override string BranchName(int b) => _kinetics[_transporterOf[b]].Transporter.Name;

    /// <summary>The number of transporters.</summary>
    public int Transporters => _kinetics.Length;

    /// <inheritdoc/>
    protected override void Linearise(CompartmentKernel kernel, double[] voltage, int first, int last, int fromSite)
    {
        for (var t = _transporterOf[first]; t <= _transporterOf[last - 1]; t++)
        {
            var v = voltage[_siteOf[t]];
            _rate[t] = Rate(kernel, t, v);
            _slope[t] = _electrogenic[t]
                ? (Rate(kernel, t, v + GhkBranches.SlopeStep) - Rate(kernel, t, v - GhkBranches.SlopeStep)) / (2 * GhkBranches.SlopeStep)
                : 0;
        }

        for (var b = first; b < last; b++)
        {
            var t = _transporterOf[b];
            var v = voltage[Site[b]];
            G[b] = _share[b] * _slope[t];
            J[b] = _share[b] * (_rate[t] - (_slope[t] * v));
        }
    }

    /// <summary>
    /// The thermodynamic reversal potential (V) of the first transporter at <paramref name="site"/> with the given
    /// kinetics, at its compartment's present concentrations; null for an electroneutral one. False when no transporter
    /// there has these kinetics. Allocation-free.
    /// </summary>
    public bool TryReversal(CompartmentKernel kernel, int site, TransportKinetics kinetics, out double? volts)
    {
        for (var t = 0; t < _kinetics.Length; t++)
        {
            if (_siteOf[t] == site && ReferenceEquals(_kinetics[t], kinetics))
            {
                var count = Gather(kernel, t);
                volts = kinetics.Transporter.ReversalAt(_inside.AsSpan(0, count), _outside.AsSpan(0, count), kernel.Thermal * kernel.Faraday, kernel.Constants)?.Volts;
                return true;
            }
        }

        volts = null;
        return false;
    }

    /// <summary>The cycle rate J of transporter t at <paramref name="v"/> and its compartment's present concentrations.</summary>
    private double Rate(CompartmentKernel kernel, int t, double v)
    {
        var count = Gather(kernel, t);
        return _kinetics[t].Rate(v, _inside.AsSpan(0, count), _outside.AsSpan(0, count), kernel.Thermal, kernel.Faraday);
    }

    /// <summary>Copies transporter t's species' concentrations at its compartment into the scratch, in stoichiometric order; returns how many.</summary>
    private int Gather(CompartmentKernel kernel, int t)
    {
        var pools = kernel.Pools;
        var first = _first[t];
        var count = _first[t + 1] - first;
        var site = _siteOf[t];
        for (var i = 0; i < count; i++)
        {
            _inside[i] = pools.InsideAt(site, Ion[first + i]);
            _outside[i] = pools.OutsideAt(site, Ion[first + i]);
        }

        return count;
    }
}
