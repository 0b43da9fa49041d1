using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The one compiled state and step of every simulation: N compartments (a lone cell, the cells of a population, the
/// compartments of a cable or a tree) and the astrocytes that share some of their outside spaces, as per-mechanism
/// blocks over all of them — the gates of each channel (<see cref="GateBlock"/>), the synapses
/// (<see cref="SynapseBlock"/>), the current branches by law (<see cref="BranchGroup"/>), the ions
/// (<see cref="PoolBlock"/>), the clamps (<see cref="ClampBlock"/>) and spikes (<see cref="SpikeDetector"/>) — each
/// compiled beside the code that steps it. <see cref="Simulation"/>, <see cref="Population"/>, <see cref="Cable"/> and
/// <see cref="CableTree"/> are facades over it.
/// </summary>
/// <remarks>
/// <para>
/// One step from t to t + Δt: every gate by Rush–Larsen at the old V; the synapses exactly to t + Δt; every branch
/// linearised about the old V (or the clamp command), I(V′) = G V′ + J; V′ by backward Euler — per compartment,
/// C (V′ − V)/Δt = I_inj − Σ (G V′ + J) with the injected current at the step's midpoint, or for coupled compartments
/// the cable's tridiagonal system solved by <see cref="HinesSolver"/> —; then the state checked, each ion moved by its
/// branches' current at V′ (the charge the V update moved), spikes detected. Astrocytes are a second stage: they
/// linearise against the outside concentrations the cells have just changed, step their V_g, move their ions and
/// buffer. Osmotic water moves last. First order in Δt. A NaN or ∞ anywhere throws <see cref="NonFiniteStateException"/>
/// with the time and the variable. Allocation-free per step; not thread-safe.
/// </para>
/// <para>
/// The blocks group what the compartments share: a channel present in many compartments is one gate block and one
/// branch group over all of them, its gates vectorised across consecutive compartments (cells of a population and
/// compartments of a cable alike) when they are HH 1952 gates.
/// </para>
/// </remarks>
internal sealed class CompartmentKernel
{
    private readonly CurrentStepTable[] _steps;     // per cell site
    private readonly int[] _stepped;                // the cell sites with current steps, increasing
    private readonly int[] _watered;                // the cell sites whose water moves, increasing
    private readonly double[] _bias;                // per site, A/m² positive into the cell
    private readonly double[] _injected;            // per site, this step
    private readonly double[] _vNew;                // per site, scratch
    private readonly double[] _linearisedAt;        // per site: V, or the clamp command
    private readonly HinesSolver? _cable;
    private readonly int[] _nodeOf;                 // per cell site, its node in the cable (identity without junctions)
    private readonly double[] _cableArea;           // per cell site, m² (the cable's compartment areas)
    private readonly double[] _capacitanceOverDt;   // per cell site, C/Δt, F/(m²·s)
    private readonly bool _nodesAreCompartments;    // the cable's node i is compartment i (no junction nodes)
    private readonly bool _anyPooled;               // some compartment's ions move
    private readonly string? _siteWord;             // "cell", "compartment": names a site in messages; null for a lone cell
    private readonly Astrocytes? _astrocytes;

    /// <summary>Compiles the cells (one model each), their astrocytes and, for a cable or a tree, their coupling.</summary>
    /// <param name="cells">The model of each compartment.</param>
    /// <param name="temperature">The temperature.</param>
    /// <param name="dt">Δt, s.</param>
    /// <param name="initialVolts">V at t = 0 in every compartment, gates at their steady state there.</param>
    /// <param name="constants">F and R.</param>
    /// <param name="options">How the compartments are coupled and named.</param>
    /// <exception cref="ArgumentException">A mechanism lacks what it needs (concentrations, pools).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A concentration is out of range.</exception>
    public CompartmentKernel(IReadOnlyList<CellModel> cells, Temperature temperature, double dt, double initialVolts, ConstantSet constants, KernelOptions options)
    {
        Dt = dt;
        Cells = cells.Count;
        Thermal = constants.ThermalVoltage(temperature).Volts;
        Faraday = constants.FaradayConstant;
        Constants = constants;
        _siteWord = options.SiteWord;
        WhereOf = Where;
        var modelName = options.ModelName;

        // The ion table: every ion a channel, synapse or transporter of any cell involves, in order of first appearance.
        var ions = new List<Ion>();
        void Involve(Ion ion)
        {
            if (!ions.Contains(ion))
            {
                ions.Add(ion);
            }
        }

        foreach (var model in cells)
        {
            foreach (var c in model.Channels.Where(c => c.FixedReversalPotential is null))
            {
                Involve(c.Ion!);
            }

            foreach (var input in model.Synapses)
            {
                if (input.Synapse.Law == CurrentLaw.Ghk)
                {
                    foreach (var ion in input.Synapse.Ions)
                    {
                        Involve(ion.Ion);
                    }
                }
                else if (input.Synapse.FixedReversalPotential is null)
                {
                    Involve(input.Synapse.Ions[0].Ion);
                }
            }

            foreach (var t in model.Transports)
            {
                foreach (var (species, _) in t.Transporter.Stoichiometry.Translocations)
                {
                    Involve(species);
                }
            }
        }

        var astrocyteOf = new int[Cells];
        var astrocyteCount = 0;
        for (var s = 0; s < Cells; s++)
        {
            astrocyteOf[s] = cells[s].Astrocyte is null ? -1 : Cells + astrocyteCount++;
        }

        Sites = Cells + astrocyteCount;
        AstrocyteOf = astrocyteOf;
        var table = ions.ToArray();
        Pools = new PoolBlock(table, Sites, Cells);
        V = AlignedArray.Of(Sites);
        Capacitance = AlignedArray.Of(Sites);
        Conductance = AlignedArray.Of(Sites);
        Offset = AlignedArray.Of(Sites);
        _injected = AlignedArray.Of(Sites);
        _vNew = AlignedArray.Of(Sites);
        _linearisedAt = AlignedArray.Of(Sites);
        _bias = AlignedArray.Of(Sites);
        _steps = new CurrentStepTable[Cells];
        var pools = Pools;
        for (var s = 0; s < Cells; s++)
        {
            var model = cells[s];
            V[s] = initialVolts;
            Capacitance[s] = model.Capacitance.FaradsPerSquareMeter;
            _steps[s] = new CurrentStepTable(model.CurrentSteps);
            pools.OutsideOf[s] = s;
            pools.OutsideVolume[s] = double.NaN;
            if (model.Pools is { } sizes)
            {
                pools.Pooled[s] = true;
                pools.Area[s] = sizes.MembraneArea.SquareMeters;
                pools.OutsidePooled[s] = sizes.OutsideVolume is not null;
                pools.SetVolumes(s, sizes.InsideVolume.CubicMeters, sizes.OutsideVolume?.CubicMeters ?? double.PositiveInfinity);
            }
        }

        // Every ion of the table a cell involves: its concentrations, checked once for the first mechanism that needs them.
        int IonIndex(int site, Ion ion, string owner, bool ohmic)
        {
            var model = cells[site];
            var i = Array.IndexOf(table, ion);
            var at = (site * table.Length) + i;
            if (!pools.Involves[at])
            {
                if (!model.Inside.TryGetConcentration(ion, out var cin) || !model.Outside.TryGetConcentration(ion, out var cout))
                {
                    throw Guard.Invalid(modelName, "missing one", $"a model with inside and outside concentrations of {ion.Name} for {owner}{Where(site)} (use WithConcentrations)");
                }

                pools.Involves[at] = true;
                pools.Inside[at] = cin.MolesPerCubicMeter;
                pools.Outside[at] = cout.MolesPerCubicMeter;
            }

            if (ohmic)
            {
                Guard.PositiveFinite(Concentration.FromMolesPerCubicMeter(pools.Inside[at]), $"{modelName}.{nameof(CellModel.Inside)}[{ion.Name}]");
                Guard.PositiveFinite(Concentration.FromMolesPerCubicMeter(pools.Outside[at]), $"{modelName}.{nameof(CellModel.Outside)}[{ion.Name}]");
            }

            return i;
        }

        // The gates and branches of every channel, one block per distinct channel over the cells that have it.
        var channelSites = new Dictionary<Channel, List<int>>(ReferenceEqualityComparer.Instance);
        var channelOrder = new List<Channel>();
        for (var s = 0; s < Cells; s++)
        {
            foreach (var c in cells[s].Channels)
            {
                if (!channelSites.TryGetValue(c, out var list))
                {
                    channelSites[c] = list = [];
                    channelOrder.Add(c);
                }

                list.Add(s);
            }
        }

        var gates = new List<GateBlock>();
        var branches = new List<BranchGroup>();
        foreach (var channel in channelOrder)
        {
            var sites = channelSites[channel];
            var block = new GateBlock(channel, sites, temperature, dt, initialVolts, options.Vectorise, V);
            gates.Add(block);
            var n = sites.Count;
            var ion = new int[n];
            var index = Enumerable.Range(0, n).ToArray();
            if (channel.Law == CurrentLaw.Ohmic)
            {
                var reversal = AlignedArray.Of(n);
                var live = new bool[n];
                for (var k = 0; k < n; k++)
                {
                    if (channel.FixedReversalPotential is { } e)
                    {
                        ion[k] = -1;
                        reversal[k] = e.Volts;
                    }
                    else
                    {
                        ion[k] = IonIndex(sites[k], channel.Ion!, $"channel '{channel.Name}'", ohmic: true);
                        live[k] = pools.Pooled[sites[k]];
                        reversal[k] = Nernst(sites[k], ion[k]);
                    }
                }

                branches.Add(new OhmicBranches(channel.Name, [.. sites], ion, channel.MaximalConductance.SiemensPerSquareMeter, block.Open, index, reversal, live, channel.Ion));
            }
            else
            {
                for (var k = 0; k < n; k++)
                {
                    ion[k] = IonIndex(sites[k], channel.Ion!, $"channel '{channel.Name}'", ohmic: false);
                }

                var maximal = new double[n];
                Array.Fill(maximal, channel.MaximalPermeability.MetersPerSecond);
                branches.Add(new GhkBranches(channel.Name, [.. sites], ion, maximal, block.Open, index));
            }
        }

        GateBlock.ShareVectorPaths(gates);
        Gates = [.. gates];

        // The synapses: one activation each, branches grouped by synapse (one per permeant ion of a GHK synapse).
        var inputs = new List<(int Site, SynapticInput Input)>();
        for (var s = 0; s < Cells; s++)
        {
            foreach (var input in cells[s].Synapses)
            {
                inputs.Add((s, input));
            }
        }

        Synapses = new SynapseBlock(inputs, dt);
        foreach (var synapse in inputs.Select(x => x.Input.Synapse).Distinct(ReferenceEqualityComparer.Instance).Cast<Synapse>())
        {
            var instances = Enumerable.Range(0, inputs.Count).Where(i => ReferenceEquals(inputs[i].Input.Synapse, synapse)).ToList();
            if (synapse.Law == CurrentLaw.Ghk)
            {
                var sites = new List<int>();
                var ion = new List<int>();
                var maximal = new List<double>();
                var index = new List<int>();
                foreach (var i in instances)
                {
                    foreach (var permeant in synapse.Ions)
                    {
                        sites.Add(inputs[i].Site);
                        ion.Add(IonIndex(inputs[i].Site, permeant.Ion, $"synapse '{synapse.Name}'", ohmic: false));
                        maximal.Add(synapse.MaximalPermeability.MetersPerSecond * permeant.RelativePermeability);
                        index.Add(i);
                    }
                }

                branches.Add(new GhkBranches(synapse.Name, [.. sites], [.. ion], [.. maximal], Synapses.S, [.. index]));
            }
            else
            {
                var n = instances.Count;
                var ion = new int[n];
                var reversal = AlignedArray.Of(n);
                var live = new bool[n];
                var sites = new int[n];
                for (var k = 0; k < n; k++)
                {
                    var site = inputs[instances[k]].Site;
                    sites[k] = site;
                    if (synapse.FixedReversalPotential is { } e)
                    {
                        ion[k] = -1;
                        reversal[k] = e.Volts;
                    }
                    else
                    {
                        ion[k] = IonIndex(site, synapse.Ions[0].Ion, $"synapse '{synapse.Name}'", ohmic: true);
                        live[k] = pools.Pooled[site];
                        reversal[k] = Nernst(site, ion[k]);
                    }
                }

                branches.Add(new OhmicBranches(synapse.Name, sites, ion, synapse.MaximalConductance.SiemensPerSquareMeter, Synapses.S, [.. instances], reversal, live, synapse.Ions.Count > 0 ? synapse.Ions[0].Ion : null));
            }
        }

        // The transporters, one branch per species they move.
        var transports = new List<(int Site, TransportKinetics Kinetics)>();
        for (var s = 0; s < Cells; s++)
        {
            foreach (var t in cells[s].Transports)
            {
                transports.Add((s, t));
            }
        }

        if (transports.Count > 0)
        {
            branches.Add(TransportBranches.Create(transports, (site, ion, owner) => IonIndex(site, ion, owner, ohmic: true), Faraday));
        }

        CellBranches = branches.Count;

        // Pools: fast buffers, outside uptake, osmotic water, each needing pools and an ion a mechanism carries.
        var buffers = new List<(int, int, double, double)>();
        var uptakes = new List<(int, int, double, double)>();
        for (var s = 0; s < Cells; s++)
        {
            var model = cells[s];
            foreach (var buffer in model.FastBuffers)
            {
                var i = Array.IndexOf(table, buffer.Ion);
                if (i < 0 || !pools.Involves[(s * table.Length) + i] || !pools.Pooled[s])
                {
                    throw Guard.Invalid(modelName, pools.Pooled[s] ? "a model with no such channel" : "a model without pools", $"a model with pools and a channel, synapse or transporter involving {buffer.Ion.Name} for its fast buffer{Where(s)}");
                }

                buffers.Add((s, i, buffer.Total.MolesPerCubicMeter, buffer.DissociationConstant.MolesPerCubicMeter));
            }

            foreach (var uptake in model.OutsideUptakes)
            {
                var i = Array.IndexOf(table, uptake.Ion);
                if (i < 0 || !pools.Involves[(s * table.Length) + i] || !pools.OutsidePooled[s])
                {
                    throw Guard.Invalid(modelName, pools.OutsidePooled[s] ? "a model with no such channel" : "a model without an outside volume", $"a model with pools with an outside volume and a channel or synapse involving {uptake.Ion.Name} for its outside uptake{Where(s)}");
                }

                uptakes.Add((s, i, uptake.MaximalFlux.MolesPerSquareMeterSecond, uptake.HalfSaturation.MolesPerCubicMeter));
            }
        }

        pools.SetBuffers(buffers);
        pools.SetUptakes(uptakes);
        for (var s = 0; s < Cells; s++)
        {
            if (cells[s].Water is { } water)
            {
                pools.Water[s] = Osmotic(cells[s], s, water);
            }
        }

        // Astrocytes: each a compartment of its own sharing its cell's outside space.
        if (astrocyteCount > 0)
        {
            _astrocytes = new Astrocytes(this, cells, astrocyteOf, branches, modelName);
        }

        Branches = [.. branches];
        Clamp = new ClampBlock([.. cells, .. Enumerable.Repeat<CellModel?>(null, astrocyteCount)]);
        Spikes = new SpikeDetector(Sites, options.SpikeThreshold);

        // A cable or a tree: compartment i coupled to its parent; junction nodes (zero area) where children join.
        _nodeOf = Enumerable.Range(0, Cells).ToArray();
        _cableArea = [];
        if (options.Coupling is { } coupling)
        {
            _cable = new HinesSolver(coupling.Parent, coupling.ToParent);
            _nodeOf = coupling.NodeOfCompartment;
            _cableArea = coupling.Area;
        }

        _nodesAreCompartments = _cable is not null && _cable.Nodes == Cells && _nodeOf.Select((node, s) => node == s).All(x => x);
        _capacitanceOverDt = AlignedArray.Of(Cells);
        for (var s = 0; s < Cells; s++)
        {
            _capacitanceOverDt[s] = Capacitance[s] / dt;
        }

        _stepped = [.. Enumerable.Range(0, Cells).Where(s => _steps[s].Count > 0)];
        _watered = [.. Enumerable.Range(0, Cells).Where(s => Pools.Water[s] is not null)];
        _anyPooled = Array.IndexOf(Pools.Pooled, true) >= 0;

        for (var s = 0; s < Cells; s++)
        {
            if (Clamp.IsClamped(s))
            {
                V[s] = Clamp.Command(s, 0); // the gates stay at their steady state at the initial potential, as before a clamp step
                _linearisedAt[s] = V[s];
                Linearise(s, s + 1);
                Clamp.Current[s] = TotalCurrent(s, V[s]);
            }
        }
    }

    /// <summary>Δt, s.</summary>
    public double Dt { get; }

    /// <summary>RT/F, V.</summary>
    public double Thermal { get; }

    /// <summary>F, C/mol.</summary>
    public double Faraday { get; }

    /// <summary>The constants the kernel was compiled with.</summary>
    public ConstantSet Constants { get; }

    /// <summary>The number of compartments: the cells, then their astrocytes.</summary>
    public int Sites { get; }

    /// <summary>The number of cell compartments (sites 0 … Cells − 1).</summary>
    public int Cells { get; }

    /// <summary>Each cell's astrocyte site, or −1.</summary>
    public int[] AstrocyteOf { get; }

    /// <summary>The steps taken.</summary>
    public long StepCount { get; set; }

    /// <summary>Each compartment's V, volts.</summary>
    public double[] V { get; }

    /// <summary>Each compartment's C_m, F/m².</summary>
    public double[] Capacitance { get; }

    /// <summary>This step's Σ G per compartment, S/m².</summary>
    public double[] Conductance { get; }

    /// <summary>This step's Σ J per compartment, A/m².</summary>
    public double[] Offset { get; }

    /// <summary>The ions.</summary>
    public PoolBlock Pools { get; }

    /// <summary>The gates, one block per distinct channel.</summary>
    public GateBlock[] Gates { get; }

    /// <summary>The synapses.</summary>
    public SynapseBlock Synapses { get; }

    /// <summary>The current branches: the cells' (channels, synapses, transporters), then the astrocytes'.</summary>
    public BranchGroup[] Branches { get; }

    /// <summary>How many of <see cref="Branches"/> belong to the cells.</summary>
    public int CellBranches { get; }

    /// <summary>The voltage clamps.</summary>
    public ClampBlock Clamp { get; }

    /// <summary>The spikes.</summary>
    public SpikeDetector Spikes { get; }

    /// <summary>The astrocytes' buffers and the K⁺ they hold; null without astrocytes.</summary>
    public Astrocytes? Glia => _astrocytes;

    /// <summary>Each compartment's constant bias current, A/m² positive into the cell (a population's per-cell drive).</summary>
    public double[] Bias => _bias;

    /// <summary>The Nernst potential of an ion at a compartment now, (RT/zF) ln(c_out/c_in), volts.</summary>
    public double Nernst(int site, int ion) => Thermal / Pools.Valence[ion] * Math.Log(Pools.OutsideAt(site, ion) / Pools.InsideAt(site, ion));

    /// <summary>The injected current density of a cell at time <paramref name="t"/> (its current steps and bias), A/m².</summary>
    public double InjectedAt(int site, double t) => _steps[site].At(t) + _bias[site];

    /// <summary>Adds the edges of a cell's current steps and clamp steps strictly inside (from, to) to <paramref name="edges"/>.</summary>
    public void AddStimulusEdges(int site, double from, double to, List<double> edges)
    {
        _steps[site].AddEdges(from, to, edges);
        Clamp.AddEdges(site, from, to, edges);
    }

    /// <summary>Whether the compartments are independent (no cable couples them, no astrocyte shares an outside space), so ranges of them can step apart.</summary>
    public bool Independent => _cable is null && _astrocytes is null;

    /// <summary>One step Δt of every compartment.</summary>
    /// <exception cref="NonFiniteStateException">A gate, synapse, V or concentration became NaN or infinite.</exception>
    public void Step()
    {
        if (_cable is null)
        {
            for (var tile = 0; tile < Cells; tile += Tile)
            {
                StepCells(tile, Math.Min(Cells, tile + Tile), StepCount);
            }
        }
        else
        {
            var t = StepCount * Dt;
            var tNew = (StepCount + 1) * Dt;
            Prepare(0, Cells, t, tNew);
            SolveCable();
            Finish(0, Cells, t, tNew);
        }

        StepCount++;
        _astrocytes?.Step(StepCount * Dt - Dt, StepCount * Dt);
        foreach (var s in _watered)
        {
            Pools.MoveWater(s, Dt, StepCount * Dt);
        }
    }

    /// <summary>
    /// How many independent compartments step together: a multiple of every vector width, small enough that a tile's
    /// state (some 25 numbers per compartment) stays in the second-level cache from one block's pass to the next, large
    /// enough that the blocks' per-pass costs (finding their range, starting a loop) are spread thin.
    /// </summary>
    public const int Tile = 512;

    /// <summary>
    /// Advances the independent compartments [<paramref name="from"/>, <paramref name="to"/>) by <paramref name="steps"/>
    /// steps from step <paramref name="stepIndex"/>, touching nothing of the others (so disjoint ranges may advance on
    /// threads of their own); the caller moves <see cref="StepCount"/> once all are done. Each tile of
    /// <see cref="Tile"/> compartments takes all its steps before the next starts (they are independent, so the order
    /// changes no result), and water moves per compartment.
    /// </summary>
    public void AdvanceCells(int from, int to, long stepIndex, long steps)
    {
        for (var tile = from; tile < to; tile += Tile)
        {
            var end = Math.Min(to, tile + Tile);
            for (long j = 0; j < steps; j++)
            {
                StepCells(tile, end, stepIndex + j);
                foreach (var s in _watered)
                {
                    if (s >= tile && s < end)
                    {
                        Pools.MoveWater(s, Dt, (stepIndex + j + 1) * Dt);
                    }
                }
            }
        }
    }

    /// <summary>One step of independent compartments [from, to), the step from <paramref name="stepIndex"/>·Δt.</summary>
    private void StepCells(int from, int to, long stepIndex)
    {
        var t = stepIndex * Dt;
        var tNew = (stepIndex + 1) * Dt;
        Prepare(from, to, t, tNew);
        var (cOverDt, v, injected, offset, conductance, vNew) = (_capacitanceOverDt, V, _injected, Offset, Conductance, _vNew);
        var s = from;
        var check = Vector<double>.Zero; // x − x is 0 for finite x, NaN otherwise: V′, G and J checked as they pass
        for (; s <= to - Vector<double>.Count; s += Vector<double>.Count)
        {
            var (c, g, j) = (new Vector<double>(cOverDt, s), new Vector<double>(conductance, s), new Vector<double>(offset, s));
            var updated = ((c * new Vector<double>(v, s)) + new Vector<double>(injected, s) - j) / (c + g);
            updated.CopyTo(vNew, s);
            check += (updated - updated) + (g - g) + (j - j);
        }

        var tail = 0.0;
        for (; s < to; s++)
        {
            vNew[s] = ((cOverDt[s] * v[s]) + injected[s] - offset[s]) / (cOverDt[s] + conductance[s]);
            tail += (vNew[s] - vNew[s]) + (conductance[s] - conductance[s]) + (offset[s] - offset[s]);
        }

        Finish(from, to, t, tNew, finite: !Clamp.Any && Vector.Sum(check) + tail == 0);
    }

    /// <summary>The first half of a step at cells [from, to): gates, synapses, the stimulus and every branch linearised.</summary>
    private void Prepare(int from, int to, double t, double tNew)
    {
        foreach (var block in Gates)
        {
            var (first, last) = block.Instances(from, to);
            block.Advance(first, last);
        }

        Synapses.Advance(tNew, from, to);
        V.AsSpan(from, to - from).CopyTo(_linearisedAt.AsSpan(from));
        if (Clamp.Any)
        {
            for (var s = from; s < to; s++)
            {
                if (Clamp.IsClamped(s))
                {
                    _linearisedAt[s] = Clamp.Command(s, tNew);
                }
            }
        }

        // The injected current: the bias, and at the sites with current steps their value at the step's midpoint.
        _bias.AsSpan(from, to - from).CopyTo(_injected.AsSpan(from));
        var midpoint = t + (0.5 * Dt);
        foreach (var s in _stepped)
        {
            if (s >= from && s < to)
            {
                _injected[s] = _steps[s].At(midpoint) + _bias[s];
            }
        }

        Linearise(from, to);
    }

    /// <summary>The second half: clamped cells held at their command, then every cell's V′ checked (unless already <paramref name="finite"/>) and its ions moved.</summary>
    private void Finish(int from, int to, double t, double tNew, bool finite = false)
    {
        if (Clamp.Any)
        {
            for (var s = from; s < to; s++)
            {
                if (Clamp.IsClamped(s))
                {
                    _vNew[s] = _linearisedAt[s];
                    Clamp.Current[s] = TotalCurrent(s, _vNew[s]);
                }
            }
        }

        Complete(from, to, t, tNew, finite);
    }

    /// <summary>Fills every branch's G and J at compartments [from, to) about <see cref="LinearisedAt"/>, and the compartments' sums.</summary>
    public void Linearise(int from, int to)
    {
        Conductance.AsSpan(from, to - from).Clear();
        Offset.AsSpan(from, to - from).Clear();
        foreach (var group in Branches)
        {
            group.LineariseAndAdd(this, _linearisedAt, from, to, Conductance, Offset);
        }
    }

    /// <summary>
    /// Every branch at compartment <paramref name="site"/> linearised about <paramref name="volts"/> with the present
    /// gates, activations and concentrations: its name, ion, G (S/m²) and J (A/m²), in the kernel's branch order.
    /// Only the scratch of the next step (G, J, the sums) is written.
    /// </summary>
    public List<(string Name, Ion? Ion, double G, double J)> LinearisedBranches(int site, double volts)
    {
        _linearisedAt[site] = volts;
        Linearise(site, site + 1);
        var branches = new List<(string, Ion?, double, double)>();
        var (first, last) = site < Cells ? (0, CellBranches) : (CellBranches, Branches.Length);
        for (var g = first; g < last; g++)
        {
            var group = Branches[g];
            group.Linearise(this, _linearisedAt, site, site + 1); // each branch's own G and J (the sums may not keep them)
            for (var b = 0; b < group.Count; b++)
            {
                if (group.Site[b] == site)
                {
                    branches.Add((group.BranchName(b), group.IonOf(b, Pools.Table), group.G[b], group.J[b]));
                }
            }
        }

        return branches;
    }

    /// <summary>The voltage each compartment's branches are linearised about (V, or the clamp command).</summary>
    public double[] LinearisedAt => _linearisedAt;

    /// <summary>The membrane current density of a compartment at <paramref name="volts"/> from this step's G and J, Σ (G V + J).</summary>
    public double TotalCurrent(int site, double volts) => (Conductance[site] * volts) + Offset[site];

    /// <summary>
    /// The second half of a step at compartments [from, to): V′ (in the scratch) checked unless the caller checked it
    /// (<paramref name="finite"/>), each ion moved by its
    /// branches' current there, spikes detected, V set.
    /// </summary>
    public void Complete(int from, int to, double t, double tNew, bool finite = false)
    {
        if (!finite && !Finite.All(_vNew, Conductance, Offset, from, to))
        {
            for (var s = from; s < to; s++)
            {
                if (!(double.IsFinite(_vNew[s]) && double.IsFinite(Conductance[s]) && double.IsFinite(Offset[s])))
                {
                    throw Diagnose(s, tNew, _vNew[s]);
                }
            }
        }

        var pools = Pools;
        if (_anyPooled)
        {
            pools.IonCurrent.AsSpan(from * pools.Ions, (to - from) * pools.Ions).Clear();
            foreach (var group in Branches)
            {
                group.AddIonCurrents(pools.IonCurrent, pools.Ions, _vNew, from, to);
            }

            for (var s = from; s < to; s++)
            {
                if (pools.Pooled[s])
                {
                    pools.Move(s, Dt, Faraday, tNew, WhereOf);
                }
            }
        }

        Spikes.Detect(from, to, tNew - Dt, Dt, V, _vNew);
        _vNew.AsSpan(from, to - from).CopyTo(V.AsSpan(from));
    }

    /// <summary>The scratch the V update writes V′ into.</summary>
    public double[] NewVoltage => _vNew;

    /// <summary><see cref="Where"/> as a delegate, made once: what a check passes to name a compartment only when it throws.</summary>
    public Func<int, string> WhereOf { get; }

    /// <summary>" of cell 3", " of compartment 12", "" for a lone cell; " of the astrocyte (of cell 3)" for an astrocyte.</summary>
    public string Where(int site) =>
        site >= Cells ? " of the astrocyte" + Where(Array.IndexOf(AstrocyteOf, site))
        : _siteWord is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" of {_siteWord} {site}");

    /// <summary>The exception for a compartment whose state is not finite: its first non-finite gate, synapse, or V.</summary>
    public NonFiniteStateException Diagnose(int site, double tNew, double vNew)
    {
        var when = Duration.FromSeconds(tNew);
        foreach (var block in Gates)
        {
            var k = Array.IndexOf(block.Site, site);
            if (k >= 0 && block.FirstNonFinite(k) is var g and >= 0)
            {
                return new NonFiniteStateException($"gate {block.Names[g]}{Where(site)}", when, block.X[(g * block.Count) + k]);
            }
        }

        for (var i = 0; i < Synapses.Count; i++)
        {
            if (Synapses.Site[i] == site && !double.IsFinite(Synapses.S[i]))
            {
                return new NonFiniteStateException($"synapse {Synapses.Names[i]}{Where(site)}", when, Synapses.S[i]);
            }
        }

        return new NonFiniteStateException($"V{Where(site)}", when, !double.IsFinite(vNew) ? vNew : !double.IsFinite(Conductance[site]) ? Conductance[site] : Offset[site]);
    }

    /// <summary>The cable's V update: area·(C/Δt + G)·V′ − Σ g V′_neighbour = area·(C V/Δt + I_inj − J), junctions by Kirchhoff's law.</summary>
    private void SolveCable()
    {
        var cable = _cable!;
        var (diagonal, rhs, area, cOverDt) = (cable.Diagonal, cable.Rhs, _cableArea, _capacitanceOverDt);
        var (v, injected, conductance, offset) = (V, _injected, Conductance, Offset);
        if (_nodesAreCompartments)
        {
            var (coupling, n) = (cable.Coupling, Cells);
            var s = 0;
            for (; s <= n - Vector<double>.Count; s += Vector<double>.Count)
            {
                var a = new Vector<double>(area, s);
                var c = new Vector<double>(cOverDt, s);
                (new Vector<double>(coupling, s) + (a * (c + new Vector<double>(conductance, s)))).CopyTo(diagonal, s);
                (a * ((c * new Vector<double>(v, s)) + new Vector<double>(injected, s) - new Vector<double>(offset, s))).CopyTo(rhs, s);
            }

            for (; s < n; s++)
            {
                diagonal[s] = coupling[s] + (area[s] * (cOverDt[s] + conductance[s]));
                rhs[s] = area[s] * ((cOverDt[s] * v[s]) + injected[s] - offset[s]);
            }

            cable.Solve();
            Array.Copy(rhs, _vNew, n);
            return;
        }

        Array.Copy(cable.Coupling, diagonal, cable.Nodes);
        Array.Clear(rhs);
        for (var s = 0; s < Cells; s++)
        {
            var node = _nodeOf[s];
            diagonal[node] += area[s] * (cOverDt[s] + conductance[s]);
            rhs[node] = area[s] * ((cOverDt[s] * v[s]) + injected[s] - offset[s]);
        }

        cable.Solve();
        for (var s = 0; s < Cells; s++)
        {
            _vNew[s] = rhs[_nodeOf[s]];
        }
    }

    /// <summary>
    /// The osmotic volume of a cell: the fixed solutes inside are the buffer molecules, the inside solution's species no
    /// channel, synapse or transporter of the cell carries, and X (given, or the excess outside osmolarity at the
    /// start); outside, the outside solution's species nothing carries.
    /// </summary>
    private OsmoticVolume Osmotic(CellModel model, int site, OsmoticWater water)
    {
        var pools = Pools;
        var modelName = "model";
        if (!pools.Pooled[site])
        {
            throw Guard.Invalid(modelName, "a model without pools", $"a model with pools (WithPools) for its osmotic volume{Where(site)}");
        }

        double Untracked(Solution solution)
        {
            var sum = 0.0;
            foreach (var ion in solution.Ions)
            {
                var i = Array.IndexOf(pools.Table, ion);
                if ((i < 0 || !pools.Involves[(site * pools.Ions) + i]) && solution.TryGetConcentration(ion, out var c))
                {
                    sum += c.MolesPerCubicMeter;
                }
            }

            return sum;
        }

        var otherInside = Untracked(model.Inside);
        for (var k = 0; k < pools.Buffer.Site.Length; k++)
        {
            if (pools.Buffer.Site[k] == site)
            {
                otherInside += pools.Buffer.Total[k];
            }
        }

        var otherOutside = Untracked(model.Outside);
        var osmOut = otherOutside;
        var osmIn = otherInside;
        for (var i = 0; i < pools.Ions; i++)
        {
            osmOut += pools.OutsideAt(site, i);
            osmIn += pools.InsideAt(site, i);
        }

        pools.Impermeant[site] = water.Impermeant?.MolesPerCubicMeter ?? osmOut - osmIn;
        if (!(pools.Impermeant[site] >= 0))
        {
            throw Guard.Invalid(modelName, string.Create(CultureInfo.InvariantCulture, $"{osmIn:G6} mM inside against {osmOut:G6} mM outside"), $"a model that starts with an inside osmolarity no higher than outside for its impermeant solutes to balance it{Where(site)} (give the impermeant explicitly to start out of balance)");
        }

        var sizes = model.Pools!;
        return new OsmoticVolume(water.OsmoticPermeability.MetersPerSecond, pools.Area[site], sizes.InsideVolume.CubicMeters, sizes.OutsideVolume?.CubicMeters, otherInside + pools.Impermeant[site], otherOutside);
    }
}

/// <summary>How a kernel's compartments are coupled and named.</summary>
/// <param name="Vectorise">Whether HH 1952 gates take the vector path (false keeps every gate on the per-gate path, for tests).</param>
/// <param name="SiteWord">"cell" or "compartment", naming a compartment in messages; null for a lone cell.</param>
/// <param name="SpikeThreshold">The threshold whose upward crossings count as spikes, V (+∞ for none).</param>
/// <param name="Coupling">The cable or tree coupling the compartments, null for independent compartments.</param>
/// <param name="ModelName">The caller's name for its model parameter, for messages.</param>
internal sealed record KernelOptions(bool Vectorise, string? SiteWord, double SpikeThreshold, CableCoupling? Coupling, string ModelName = "model");

/// <summary>The coupling of a cable or tree: its nodes (compartments and junctions), each node's parent and conductance to it.</summary>
/// <param name="Parent">Per node, its parent (lower number), −1 for the root.</param>
/// <param name="ToParent">Per node, the conductance to its parent, S.</param>
/// <param name="NodeOfCompartment">Per compartment, its node.</param>
/// <param name="Area">Per compartment, its membrane area, m².</param>
internal sealed record CableCoupling(int[] Parent, double[] ToParent, int[] NodeOfCompartment, double[] Area);
