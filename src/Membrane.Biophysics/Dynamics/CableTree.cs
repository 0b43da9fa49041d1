using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// A branched neuron of cylindrical <see cref="CableSection"/>s, each compartment a full single-compartment model of its
/// own (channels of every law, synapses, ion pools, transporters, buffers) coupled to its neighbours by the axial
/// resistance of the cytoplasm; sealed ends. Stepped like <see cref="Simulation"/> — Rush–Larsen gates, then backward
/// Euler in V — with the V update of the whole tree solved at once in O(N) by Hines' ordering.
/// </summary>
/// <remarks>
/// <para>
/// Compartment i (area aᵢ = π d Δx, volume π d² Δx/4) obeys C aᵢ dVᵢ/dt = −aᵢ I_ion,i + aᵢ I_inj,i + Σⱼ gᵢⱼ (Vⱼ − Vᵢ) over
/// its neighbours j. Within a section g = π d²/(4 R_a Δx) between compartment centres, as in <see cref="Cable"/>. Where
/// children join a section's distal end there is a node of zero area (as NEURON's section-end nodes), joined to the last
/// compartment and to each child's first through half a compartment's axial resistance, R_a (Δx/2)/(π d²/4), so all the
/// current into the children passes through the parent's one half-segment. Nodes are numbered section by section,
/// proximal to distal, each section after its parent, so every node's parent has a lower number; the symmetric system
/// is then eliminated from the leaves to the root and solved back, O(N), without fill-in (Hines, M. (1984) Efficient
/// computation of branched nerve equations. <i>Int. J. Biomed. Comput.</i> 15, 69–76). Each membrane's linearisation (G, J) is that of <see cref="Simulation"/>, so ions move per compartment
/// by exactly the charge its membrane passed: E_Cl(x) follows each compartment's own Cl⁻.
/// </para>
/// <para>
/// A compartment membrane with <see cref="CellModel.Pools"/> gets its pools resized to its geometry (area aᵢ, volume
/// π d² Δx/4, a closed outside volume in the ratio V_out/V_in of the model's pools). Ions do not diffuse along the
/// cable between compartments (longitudinal electrodiffusion is not modelled). Voltage clamps are refused.
/// Current steps are injected into their own compartment (density × its area). Allocation-free per step; not
/// thread-safe; the running state lives in arrays held by read-only fields.
/// </para>
/// </remarks>
public sealed class CableTree
{
    private readonly CompartmentKernel _k;
    private readonly int[] _sectionStart;    // per section, its first compartment; length sections + 1
    private readonly double _dt;

    /// <summary>Compiles a tree.</summary>
    /// <param name="sections">The sections: the first is the root (parent −1), every other's parent comes earlier.</param>
    /// <param name="axialResistivity">R_a of the cytoplasm (NEURON's default 35.4 Ω·cm); finite and &gt; 0.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="timeStep">Δt; finite and &gt; 0.</param>
    /// <param name="initialPotential">V at t = 0 everywhere, gates at their steady state there.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The sections do not form a tree rooted at the first, a membrane lacks what it needs, or a membrane has a voltage clamp (a cable tree does not clamp).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CableTree(IReadOnlyList<CableSection> sections, ElectricalResistivity axialResistivity, Temperature temperature, Duration timeStep, ElectricPotential initialPotential, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        Guard.PositiveFinite(axialResistivity, nameof(axialResistivity));

        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        Guard.PositiveFinite(timeStep, nameof(timeStep));
        Guard.Finite(initialPotential, nameof(initialPotential));
        Guard.NotEmpty(sections.Count, nameof(sections), "a list of at least the root section");

        _sectionStart = new int[sections.Count + 1];
        var n = 0;
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s] ?? throw new ArgumentNullException(nameof(sections));
            var expected = s == 0 ? section.Parent == -1 : section.Parent >= 0 && section.Parent < s;
            if (!expected)
            {
                throw Guard.Invalid(nameof(sections), $"a list whose section {Guard.Format(s)} ('{section.Name}') had parent {Guard.Format(section.Parent)}", "a list that starts with the root (parent −1) and lists every other section after its parent");
            }

            _sectionStart[s] = n;
            n += section.Compartments.Count;
        }

        _sectionStart[sections.Count] = n;
        var hasChildren = new bool[sections.Count];
        for (var s = 1; s < sections.Count; s++)
        {
            hasChildren[sections[s].Parent] = true;
        }

        var nodes = n + hasChildren.Count(h => h);
        _dt = timeStep.Seconds;
        var compartmentNode = new int[n];
        var parent = new int[nodes];
        var toParent = new double[nodes];
        var area = new double[n];
        var membranes = new CellModel[n];
        var set = constants ?? ConstantSet.Si2019;
        var distalNode = new int[sections.Count]; // the node children join: the junction, or −1
        var node = 0;
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            var d = section.Diameter.Meters;
            var dx = section.Length.Meters / section.Compartments.Count;
            var half = axialResistivity.OhmMeters * (dx / 2) / (Math.PI * d * d / 4); // Ω, centre to end of a compartment
            for (var k = 0; k < section.Compartments.Count; k++, node++)
            {
                var c = _sectionStart[s] + k;
                compartmentNode[c] = node;
                area[c] = Math.PI * d * dx;
                parent[node] = k > 0 ? node - 1 : s == 0 ? -1 : distalNode[section.Parent];
                toParent[node] = k > 0 ? 1 / (2 * half) : s == 0 ? 0 : 1 / half;
                var membrane = section.Compartments[k];
                if (membrane.ClampHolding is not null)
                {
                    throw Guard.Invalid(nameof(sections), $"a tree whose section '{section.Name}' compartment {Guard.Format(k)} has a voltage clamp", "sections of unclamped compartments, for a cable tree does not clamp compartments");
                }

                if (membrane.Pools is { } pools)
                {
                    var volume = Math.PI * d * d * dx / 4;
                    Volume? outside = pools.OutsideVolume is { } vo ? Volume.FromCubicMeters(volume * vo.CubicMeters / pools.InsideVolume.CubicMeters) : null;
                    membrane = membrane.WithPools(Area.FromSquareMeters(area[c]), Volume.FromCubicMeters(volume), outside);
                }

                membranes[c] = membrane;
            }

            if (hasChildren[s])
            {
                parent[node] = node - 1; // a junction of zero area at the distal end
                toParent[node] = 1 / half;
                distalNode[s] = node++;
            }
        }

        // the tree reports no spikes, so none are counted: a threshold no finite V reaches
        _k = new CompartmentKernel(membranes, temperature, _dt, initialPotential.Volts, set,
            new KernelOptions(Vectorise: true, SiteWord: "compartment", SpikeThreshold: double.PositiveInfinity, new CableCoupling(parent, toParent, compartmentNode, area), nameof(sections)));
    }

    /// <summary>The number of compartments.</summary>
    public int Count => _k.Cells;

    /// <summary>The simulated time.</summary>
    public Duration Time => Duration.FromSeconds(_k.StepCount * _dt);

    /// <summary>The flat index of compartment <paramref name="compartment"/> of section <paramref name="section"/>.</summary>
    /// <param name="section">The section's index.</param>
    /// <param name="compartment">The compartment within it, 0 at its proximal end.</param>
    /// <returns>An index from 0 to <see cref="Count"/> − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such section or compartment.</exception>
    public int IndexOf(int section, int compartment)
    {
        Guard.Index(section, _sectionStart.Length - 1, nameof(section), "section");

        var count = _sectionStart[section + 1] - _sectionStart[section];
        return _sectionStart[section] + Guard.Index(compartment, count, nameof(compartment), "compartment");
    }

    /// <summary>The membrane potential of a compartment.</summary>
    /// <param name="index">Its flat index (<see cref="IndexOf"/>).</param>
    /// <returns>V.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such compartment.</exception>
    public ElectricPotential Voltage(int index) => ElectricPotential.FromVolts(_k.V[Checked(index)]);

    /// <summary>The present inside (free) concentration of an ion in a compartment.</summary>
    /// <param name="index">Its flat index (<see cref="IndexOf"/>).</param>
    /// <param name="ion">An ion the compartment's membrane involves.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentException">The compartment's membrane does not involve the ion.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such compartment.</exception>
    public Concentration InsideConcentration(int index, Ion ion) => Concentration.FromMolesPerCubicMeter(_k.Pools.InsideAt(index, IonIndex(index, ion)));

    /// <summary>The present outside concentration of an ion around a compartment.</summary>
    /// <param name="index">Its flat index (<see cref="IndexOf"/>).</param>
    /// <param name="ion">An ion the compartment's membrane involves.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentException">The compartment's membrane does not involve the ion.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such compartment.</exception>
    public Concentration OutsideConcentration(int index, Ion ion) => Concentration.FromMolesPerCubicMeter(_k.Pools.OutsideAt(index, IonIndex(index, ion)));

    /// <summary>One step Δt: every compartment's gates and synapses, the tree's V by Hines' elimination, then every compartment's ions. Allocation-free.</summary>
    /// <exception cref="NonFiniteStateException">A gate, V or concentration became NaN or infinite.</exception>
    public void Step() => _k.Step();

    /// <summary>Advances by round(<paramref name="duration"/>/Δt) steps.</summary>
    /// <param name="duration">How long; finite and ≥ 0.</param>
    /// <exception cref="NonFiniteStateException">A gate, V or concentration became NaN or infinite.</exception>
    public void Advance(Duration duration)
    {
        Guard.NonNegativeFinite(duration, nameof(duration));
        var steps = (long)Math.Round(duration.Seconds / _dt);
        for (long s = 0; s < steps; s++)
        {
            Step();
        }
    }

    private int Checked(int index) => Guard.Index(index, _k.Cells, nameof(index), "compartment");

    private int IonIndex(int index, Ion ion)
    {
        ArgumentNullException.ThrowIfNull(ion);
        var i = Array.IndexOf(_k.Pools.Table, ion);
        return i >= 0 && _k.Pools.Involves[(Checked(index) * _k.Pools.Ions) + i]
            ? i
            : throw Guard.Invalid(nameof(ion), ion.Name, $"an ion compartment {Guard.Format(index)}'s membrane involves");
    }
}
