using System;
using System.Collections.Generic;
using System.Linq;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The astrocytes of a <see cref="CompartmentKernel"/> (<see cref="CellModel.WithAstrocyte"/>): each a compartment of
/// its own — V_g, its cytoplasm's ions — sharing its cell's closed outside space, with its Kir channel
/// (<see cref="RectifierBranches"/>), leaks (ohmic or GHK) and pump (<see cref="TransportBranches"/>) as branches of the
/// same kinds as the cells', and Kager's saturable K⁺ buffer on the outside space (<see cref="GlialPotassiumBuffer"/>,
/// Kager, Wadman and Somjen 2000).
/// </summary>
/// <remarks>
/// They step after the cells, against the outside concentrations the cells have just moved: every branch linearised
/// about the old V_g, V_g by backward Euler C (V′ − V)/Δt = −Σ (G V′ + J) (no injected current), each ion moved by its
/// current at V′, then the buffer's binding by explicit Euler.
/// </remarks>
internal sealed class Astrocytes
{
    private readonly CompartmentKernel _kernel;
    private readonly GlialPotassiumBuffer?[] _buffer;   // per astrocyte (site − Cells)
    private readonly int _potassium;                    // K⁺'s ion-table index, −1 when nothing carries it

    /// <summary>Compiles the astrocytes of the cells that have one and adds their branches to <paramref name="branches"/>.</summary>
    public Astrocytes(CompartmentKernel kernel, IReadOnlyList<CellModel> cells, int[] astrocyteOf, List<BranchGroup> branches, string modelName)
    {
        _kernel = kernel;
        var pools = kernel.Pools;
        var table = pools.Table;
        var n = kernel.Sites - kernel.Cells;
        _buffer = new GlialPotassiumBuffer?[n];
        Bound = new double[n];
        _potassium = Array.IndexOf(table, Ions.Potassium);
        var kir = new List<(int Site, GlialInwardRectifier Channel)>();
        var leaks = new Dictionary<Channel, List<int>>(ReferenceEqualityComparer.Instance);
        var leakOrder = new List<Channel>();
        var pumps = new List<(int Site, TransportKinetics Kinetics)>();
        Ones = new double[1];
        Ones[0] = 1;
        for (var s = 0; s < kernel.Cells; s++)
        {
            var a = astrocyteOf[s];
            if (a < 0)
            {
                continue;
            }

            var astrocyte = cells[s].Astrocyte!;
            if (!pools.OutsidePooled[s])
            {
                throw Guard.Invalid(modelName, pools.Pooled[s] ? "a model with a bath" : "a model without pools", $"a model with pools with an outside volume for its astrocyte to share{kernel.Where(s)}");
            }

            kernel.V[a] = astrocyte.InitialPotential.Volts;
            kernel.Capacitance[a] = astrocyte.Capacitance.FaradsPerSquareMeter;
            pools.OutsideOf[a] = s;
            pools.Pooled[a] = true;
            pools.Area[a] = astrocyte.MembraneArea.SquareMeters;
            pools.SetVolumes(a, astrocyte.Volume.CubicMeters, pools.OutsideVolume[s]);

            int Carry(Ion ion, string owner)
            {
                var i = Array.IndexOf(table, ion);
                if (i < 0 || !pools.Involves[(s * table.Length) + i])
                {
                    throw Guard.Invalid(modelName, $"a model whose ions are {string.Join(", ", Array.ConvertAll(table, x => x.Name))}", $"a model with a channel, synapse or transporter involving {ion.Name}, which the astrocyte's {owner} carries");
                }

                if (!astrocyte.Cytoplasm.TryGetConcentration(ion, out var c) || !(c.MolesPerCubicMeter > 0 && double.IsFinite(c.MolesPerCubicMeter)))
                {
                    throw Guard.Invalid(modelName, $"an astrocyte whose cytoplasm is {astrocyte.Cytoplasm}", $"a model whose astrocyte holds a finite cytoplasmic concentration > 0 of {ion.Name} for its {owner}");
                }

                pools.Involves[(a * table.Length) + i] = true;
                pools.Inside[(a * table.Length) + i] = c.MolesPerCubicMeter;
                return i;
            }

            if (astrocyte.Kir is { } channel)
            {
                Carry(Ions.Potassium, "Kir channel");
                kir.Add((a, channel));
            }

            foreach (var leak in astrocyte.Leaks)
            {
                Carry(leak.Ion!, $"leak '{leak.Name}'");
                if (!leaks.TryGetValue(leak, out var list))
                {
                    leaks[leak] = list = [];
                    leakOrder.Add(leak);
                }

                list.Add(a);
            }

            if (astrocyte.Pump is { } pump)
            {
                foreach (var (species, _) in pump.Transporter.Stoichiometry.Translocations)
                {
                    Carry(species, $"transporter '{pump.Transporter.Name}'");
                }

                pumps.Add((a, pump));
            }

            if (astrocyte.Buffer is { } buffer)
            {
                if (_potassium < 0 || !pools.Involves[(s * table.Length) + _potassium])
                {
                    throw Guard.Invalid(modelName, "a model without one", "a model with a channel, synapse or transporter involving K⁺ for the astrocyte's buffer");
                }

                _buffer[a - kernel.Cells] = buffer;
                Bound[a - kernel.Cells] = buffer.BoundAtEquilibrium(Quantities.Concentration.FromMolesPerCubicMeter(pools.OutsideAt(s, _potassium))).MolesPerCubicMeter * pools.OutsideVolume[s];
            }
        }

        if (kir.Count > 0)
        {
            branches.Add(new RectifierBranches([.. kir.Select(k => k.Site)], _potassium, [.. kir.Select(k => k.Channel)]));
        }

        foreach (var leak in leakOrder)
        {
            var sites = leaks[leak].ToArray();
            var ion = Array.ConvertAll(sites, _ => Array.IndexOf(table, leak.Ion!));
            var index = new int[sites.Length];
            if (leak.Law == CurrentLaw.Ghk)
            {
                var maximal = Array.ConvertAll(sites, _ => leak.MaximalPermeability.MetersPerSecond);
                branches.Add(new GhkBranches(leak.Name, sites, ion, maximal, Ones, index));
            }
            else
            {
                var reversal = Array.ConvertAll(sites, a => kernel.Nernst(a, Array.IndexOf(table, leak.Ion!)));
                var live = Array.ConvertAll(sites, _ => true);
                branches.Add(new OhmicBranches(leak.Name, sites, ion, leak.MaximalConductance.SiemensPerSquareMeter, Ones, index, reversal, live));
            }
        }

        if (pumps.Count > 0)
        {
            branches.Add(TransportBranches.Create(pumps, (_, ion, _) => Array.IndexOf(table, ion), kernel.Faraday));
        }
    }

    /// <summary>An activation of 1, for the astrocytes' leaks (they have no gates).</summary>
    public double[] Ones { get; }

    /// <summary>The K⁺ each astrocyte's buffer holds, mol (zero without a buffer); per astrocyte, site − Cells.</summary>
    public double[] Bound { get; }

    /// <summary>Whether astrocyte <paramref name="site"/> has a K⁺ buffer.</summary>
    public bool Buffered(int site) => _buffer[site - _kernel.Cells] is not null;

    /// <summary>K⁺'s ion-table index (−1 when nothing carries it).</summary>
    public int Potassium => _potassium;

    /// <summary>The buffer's binding of K⁺ now, mol/s taken from the outside space of astrocyte <paramref name="site"/> (zero without a buffer).</summary>
    public double BindingFlux(int site)
    {
        var buffer = _buffer[site - _kernel.Cells];
        if (buffer is null)
        {
            return 0;
        }

        var pools = _kernel.Pools;
        var volume = pools.OutsideVolume[pools.OutsideOf[site]];
        return buffer.BindingRate(pools.OutsideAt(site, _potassium), Bound[site - _kernel.Cells] / volume) * volume;
    }

    /// <summary>The astrocytes' step, after the cells': V_g by backward Euler, their ions, their buffers.</summary>
    public void Step(double t, double tNew)
    {
        var k = _kernel;
        var (from, to) = (k.Cells, k.Sites);
        for (var a = from; a < to; a++)
        {
            k.LinearisedAt[a] = k.V[a];
        }

        k.Linearise(from, to);
        for (var a = from; a < to; a++)
        {
            var cOverDt = k.Capacitance[a] / k.Dt;
            k.NewVoltage[a] = ((cOverDt * k.V[a]) - k.Offset[a]) / (cOverDt + k.Conductance[a]);
        }

        k.Complete(from, to, t, tNew);
        var pools = k.Pools;
        for (var a = from; a < to; a++)
        {
            if (_buffer[a - from] is not null)
            {
                var binding = k.Dt * BindingFlux(a); // mol bound this step
                Bound[a - from] += binding;
                var o = pools.OutsideOf[a];
                pools.Outside[(o * pools.Ions) + _potassium] -= binding / pools.OutsideVolume[o];
                pools.CheckOutside(a, _potassium, tNew, k.WhereOf);
            }
        }
    }
}
