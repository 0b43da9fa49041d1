using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The ions of every compartment of a <see cref="CompartmentKernel"/>: the concentrations inside each compartment and
/// in each outside space (a bath, or a closed extracellular volume that several compartments may share, as a neuron
/// and its astrocyte do), the volumes, fast buffers, saturable outside uptake and osmotic water; and the move of each
/// ion by its current over a step.
/// </summary>
/// <remarks>
/// One ion table serves every compartment; an ion a compartment does not involve sits at 0 there (so it adds nothing
/// to an osmolarity and is never moved). Each ion's outward current density I moves I·A·Δt/(zF) moles from the inside
/// (volume V_in) to the outside (d c_in/dt = −I A/(z F V_in); Hille 2001, ch. 1, Faraday's law), so amounts are
/// conserved to rounding; a fast buffer re-equilibrates after each move (<see cref="FastBuffer"/>, Wagner and Keizer
/// 1994); outside uptake is the saturable J_max (c/(c + K) − c₀/(c₀ + K)) per area that leaves the resting space
/// unchanged; water moves after the ions (<see cref="OsmoticVolume"/>) and every concentration is rescaled by
/// V_old/V_new.
/// </remarks>
internal sealed class PoolBlock
{
    private readonly int[] _uptakeStart;   // per site, its first uptake (sites in order); length sites + 1

    public PoolBlock(Ion[] table, int sites, int outsides)
    {
        Table = table;
        Ions = table.Length;
        Valence = Array.ConvertAll(table, ion => ion.Valence);
        Inside = new double[sites * Ions];
        Outside = new double[outsides * Ions];
        Involves = new bool[sites * Ions];
        OutsideOf = new int[sites];
        Pooled = new bool[sites];
        OutsidePooled = new bool[outsides];
        Area = new double[sites];
        InsideVolume = new double[sites];
        OutsideVolume = new double[outsides];
        AreaOverInside = new double[sites];
        AreaOverOutside = new double[sites];
        BufferOf = new int[sites * Ions];
        Array.Fill(BufferOf, -1);
        Array.Fill(InsideVolume, double.NaN);
        Array.Fill(OutsideVolume, double.NaN);
        IonCurrent = new double[sites * Ions];
        Water = new OsmoticVolume?[sites];
        Impermeant = new double[sites];
        Array.Fill(Impermeant, double.NaN);
        _uptakeStart = new int[sites + 1];
    }

    /// <summary>The ion table every compartment indexes.</summary>
    public Ion[] Table { get; }

    /// <summary>The number of ions in the table.</summary>
    public int Ions { get; }

    /// <summary>Each ion's charge number.</summary>
    public int[] Valence { get; }

    /// <summary>Free inside concentrations, mol/m³: [site·Ions + ion].</summary>
    public double[] Inside { get; }

    /// <summary>Outside concentrations, mol/m³: [outside·Ions + ion].</summary>
    public double[] Outside { get; }

    /// <summary>Whether a compartment involves an ion: [site·Ions + ion].</summary>
    public bool[] Involves { get; }

    /// <summary>Each compartment's outside space.</summary>
    public int[] OutsideOf { get; }

    /// <summary>Whether a compartment's ions move (it has pools).</summary>
    public bool[] Pooled { get; }

    /// <summary>Whether an outside space is a closed volume (its concentrations move) rather than a bath.</summary>
    public bool[] OutsidePooled { get; }

    /// <summary>Each pooled compartment's membrane area, m².</summary>
    public double[] Area { get; }

    /// <summary>Each compartment's inside volume, m³ (NaN without pools).</summary>
    public double[] InsideVolume { get; }

    /// <summary>Each outside space's volume, m³ (+∞ for a bath, NaN around a compartment without pools).</summary>
    public double[] OutsideVolume { get; }

    /// <summary>A/V_in of each compartment, 1/m.</summary>
    public double[] AreaOverInside { get; }

    /// <summary>A/V_out of each compartment (its own area over its outside space's volume; 0 for a bath), 1/m.</summary>
    public double[] AreaOverOutside { get; }

    /// <summary>Each ion's fast buffer at a compartment, or −1: [site·Ions + ion].</summary>
    public int[] BufferOf { get; }

    /// <summary>Per compartment and ion, this step's outward current density, A/m² (scratch).</summary>
    public double[] IonCurrent { get; }

    /// <summary>Each compartment's osmotic volume, null without one.</summary>
    public OsmoticVolume?[] Water { get; }

    /// <summary>Each compartment's impermeant inside concentration X at the start (given, or set for balance), mol/m³; NaN without osmotic volume.</summary>
    public double[] Impermeant { get; }

    /// <summary>Buffers: their compartment, ion, B_T (mol/m³, diluted by water), K_d, and the ion's free + bound total inside.</summary>
    public Buffers Buffer { get; private set; } = new([], [], [], [], []);

    /// <summary>Uptakes: the compartment whose outside they clear, the ion, J_max, K and the resting c₀/(c₀ + K).</summary>
    public Uptakes Uptake { get; private set; } = new([], [], [], [], []);

    /// <summary>The fast buffers, set once when the kernel is compiled.</summary>
    public void SetBuffers(List<(int Site, int Ion, double Total, double Dissociation)> buffers)
    {
        var n = buffers.Count;
        Buffer = new Buffers(new int[n], new int[n], new double[n], new double[n], new double[n]);
        for (var k = 0; k < n; k++)
        {
            var (site, ion, total, kd) = buffers[k];
            Buffer.Site[k] = site;
            Buffer.Ion[k] = ion;
            Buffer.Total[k] = total;
            Buffer.Dissociation[k] = kd;
            BufferOf[(site * Ions) + ion] = k;
            var c = Inside[(site * Ions) + ion];
            Buffer.IonTotal[k] = c + (total * c / (c + kd));
        }
    }

    /// <summary>The outside uptakes, set once when the kernel is compiled.</summary>
    public void SetUptakes(List<(int Site, int Ion, double Maximal, double Half)> uptakes)
    {
        var n = uptakes.Count;
        Uptake = new Uptakes(new int[n], new int[n], new double[n], new double[n], new double[n]);
        uptakes = [.. uptakes.OrderBy(x => x.Site)]; // stable: a site's uptakes keep their order
        Array.Clear(_uptakeStart);
        foreach (var (site, _, _, _) in uptakes)
        {
            _uptakeStart[site + 1]++;
        }

        for (var s = 0; s < OutsideOf.Length; s++)
        {
            _uptakeStart[s + 1] += _uptakeStart[s];
        }

        for (var u = 0; u < n; u++)
        {
            var (site, ion, maximal, half) = uptakes[u];
            Uptake.Site[u] = site;
            Uptake.Ion[u] = ion;
            Uptake.Maximal[u] = maximal;
            Uptake.Half[u] = half;
            var c0 = Outside[(OutsideOf[site] * Ions) + ion];
            Uptake.Baseline[u] = c0 / (c0 + half);
        }
    }

    /// <summary>The free concentration inside a compartment.</summary>
    public double InsideAt(int site, int ion) => Inside[(site * Ions) + ion];

    /// <summary>The concentration outside a compartment.</summary>
    public double OutsideAt(int site, int ion) => Outside[(OutsideOf[site] * Ions) + ion];

    /// <summary>
    /// Moves each ion of compartment <paramref name="site"/> by its outward current density this step
    /// (<see cref="IonCurrent"/>): outside uptake first, then each ion's amount across, a buffered ion through its total;
    /// every concentration checked.
    /// </summary>
    /// <exception cref="NonFiniteStateException">A concentration became negative or non-finite (the compartment named by <paramref name="where"/>).</exception>
    public void Move(int site, double dt, double faraday, double tNew, Func<int, string> where)
    {
        var o = OutsideOf[site];
        var inOffset = site * Ions;
        var outOffset = o * Ions;
        var uptake = Uptake;
        for (var u = _uptakeStart[site]; u < _uptakeStart[site + 1]; u++)
        {
            ref var c = ref Outside[outOffset + uptake.Ion[u]];
            c -= dt * AreaOverOutside[site] * uptake.Maximal[u] * ((c / (c + uptake.Half[u])) - uptake.Baseline[u]);
        }

        var outsidePooled = OutsidePooled[o];
        var (inside, outside, current) = (Inside, Outside, IonCurrent);
        for (var i = 0; i < Ions; i++)
        {
            if (!Involves[inOffset + i])
            {
                continue;
            }

            var moles = current[inOffset + i] * dt / (Valence[i] * faraday); // per m² of membrane, outward
            var buffer = BufferOf[inOffset + i];
            ref var cin = ref inside[inOffset + i];
            if (buffer < 0)
            {
                cin -= moles * AreaOverInside[site];
            }
            else
            {
                Buffer.IonTotal[buffer] -= moles * AreaOverInside[site]; // the crossing ions change free + bound; the buffer re-equilibrates at once
                cin = FastBuffer.FreeConcentration(Buffer.IonTotal[buffer], Buffer.Total[buffer], Buffer.Dissociation[buffer]);
            }

            ref var cout = ref outside[outOffset + i];
            if (outsidePooled)
            {
                cout += moles * AreaOverOutside[site];
            }

            if (!(cin >= 0 && double.IsFinite(cin) && cout >= 0 && double.IsFinite(cout)))
            {
                CheckInside(site, i, tNew, where);
                CheckOutside(site, i, tNew, where);
            }
        }
    }

    /// <summary>Osmotic water flow of compartment <paramref name="site"/> for one step, then every concentration rescaled and A/V updated.</summary>
    /// <exception cref="NonFiniteStateException">A volume became non-positive or non-finite.</exception>
    public void MoveWater(int site, double dt, double tNew)
    {
        var water = Water[site]!;
        var o = OutsideOf[site];
        var inside = Inside.AsSpan(site * Ions, Ions);
        var outside = Outside.AsSpan(o * Ions, Ions);
        var (din, dout) = water.Step(dt, inside, outside);
        if (!(water.Inside > 0 && double.IsFinite(water.Inside)) || !(water.Outside > 0))
        {
            throw new NonFiniteStateException(water.Inside > 0 ? "V_out" : "V_in", Duration.FromSeconds(tNew), water.Inside > 0 ? water.Outside : water.Inside);
        }

        for (var i = 0; i < Ions; i++)
        {
            inside[i] *= din;
            outside[i] *= dout;
        }

        for (var k = 0; k < Buffer.Site.Length; k++)
        {
            if (Buffer.Site[k] == site)
            {
                Buffer.IonTotal[k] *= din;
                Buffer.Total[k] *= din;
                inside[Buffer.Ion[k]] = FastBuffer.FreeConcentration(Buffer.IonTotal[k], Buffer.Total[k], Buffer.Dissociation[k]);
            }
        }

        SetVolumes(site, water.Inside, water.Outside);
    }

    /// <summary>Sets a compartment's inside volume and its outside space's, and the ratios A/V (of every compartment sharing that space).</summary>
    public void SetVolumes(int site, double inside, double outside)
    {
        var o = OutsideOf[site];
        InsideVolume[site] = inside;
        OutsideVolume[o] = outside;
        AreaOverInside[site] = Area[site] / inside;
        for (var s = 0; s < OutsideOf.Length; s++)
        {
            if (OutsideOf[s] == o && Pooled[s])
            {
                AreaOverOutside[s] = OutsidePooled[o] ? Area[s] / outside : 0;
            }
        }
    }

    /// <summary>Throws when a free inside concentration is negative or non-finite (<paramref name="where"/> names the compartment, called only then).</summary>
    public void CheckInside(int site, int ion, double t, Func<int, string> where)
    {
        var c = Inside[(site * Ions) + ion];
        if (!(c >= 0 && double.IsFinite(c)))
        {
            throw new NonFiniteStateException(string.Create(CultureInfo.InvariantCulture, $"[{Table[ion].Symbol}]i{where(site)}"), Duration.FromSeconds(t), c);
        }
    }

    /// <summary>Throws when an outside concentration is negative or non-finite (<paramref name="where"/> names the compartment, called only then).</summary>
    public void CheckOutside(int site, int ion, double t, Func<int, string> where)
    {
        var c = Outside[(OutsideOf[site] * Ions) + ion];
        if (!(c >= 0 && double.IsFinite(c)))
        {
            throw new NonFiniteStateException(string.Create(CultureInfo.InvariantCulture, $"[{Table[ion].Symbol}]o{where(site)}"), Duration.FromSeconds(t), c);
        }
    }

    /// <summary>The fast buffers, structure of arrays.</summary>
    internal sealed record Buffers(int[] Site, int[] Ion, double[] Total, double[] Dissociation, double[] IonTotal);

    /// <summary>The outside uptakes, structure of arrays.</summary>
    internal sealed record Uptakes(int[] Site, int[] Ion, double[] Maximal, double[] Half, double[] Baseline);
}
