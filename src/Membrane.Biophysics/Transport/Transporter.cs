using System;
using System.Globalization;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Transport;

/// <summary>
/// A transporter or pump as data: a name, a <see cref="Stoichiometry"/> and the source of that stoichiometry. Its
/// thermodynamics follows from the data: the free energy ΔG of one cycle, the reversal potential E_rev, and the way
/// the cycle turns at a membrane potential V.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe; equal when name, stoichiometry and citation are equal.</para>
/// <para>
/// For one cycle in its written (forward) direction, ΔG = Σᵢ nᵢ[RT ln(cᵢ,in/cᵢ,out) + zᵢFV] + Σⱼ mⱼΔGⱼ
/// = X + z_net·F·V, with X the voltage-independent part and z_net = Σ nᵢzᵢ (Nicholls, D. G. and Ferguson, S. J.
/// (2013) <i>Bioenergetics 4</i>, Academic Press, ch. 3; Läuger, P. (1991) <i>Electrogenic Ion Pumps</i>, Sinauer,
/// ch. 1). For an electrogenic transporter E_rev = −X/(z_net·F), and ΔG is computed as z_net·F·(V − E_rev), so the
/// identity holds by construction and ΔG is exactly zero at V = E_rev. Written through Nernst potentials,
/// E_rev = (Σ nᵢzᵢEᵢ − Σ mⱼΔGⱼ/F)/z_net: for NCX E_rev = 3E_Na − 2E_Ca (Blaustein, M. P. and Lederer, W. J.
/// (1999) <i>Physiol. Rev.</i> 79, 763–854, eq. 1). An electroneutral transporter (z_net = 0) has no reversal
/// potential and a ΔG that does not depend on V.
/// </para>
/// <para>ΔG &lt; 0 ⇒ the cycle turns as written (<see cref="TransportDirection.Forward"/>); ΔG &gt; 0 ⇒ in reverse.</para>
/// </remarks>
public sealed record Transporter
{
    /// <summary>Defines a transporter.</summary>
    /// <param name="name">Its name, e.g. "NCX1".</param>
    /// <param name="stoichiometry">One cycle, written for the direction called forward.</param>
    /// <param name="citation">Where the stoichiometry comes from (author, year, journal).</param>
    public Transporter(string name, Stoichiometry stoichiometry, string citation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(stoichiometry);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        Name = name;
        Stoichiometry = stoichiometry;
        Citation = citation;
    }

    /// <summary>The name, e.g. "NCX1".</summary>
    public string Name { get; }

    /// <summary>One cycle, written for the direction called forward.</summary>
    public Stoichiometry Stoichiometry { get; }

    /// <summary>The source of the stoichiometry.</summary>
    public string Citation { get; }

    /// <summary>z_net, the elementary charges carried inward per cycle as written.</summary>
    public int NetChargeInward => Stoichiometry.NetChargeInward;

    /// <summary>True when a cycle moves net charge, so that V drives or opposes it.</summary>
    public bool IsElectrogenic => Stoichiometry.IsElectrogenic;

    /// <summary>The free energy of one cycle in its written direction, per mole of cycles.</summary>
    /// <param name="conditions">Every species on both sides (&gt; 0) and the ΔG of every coupled reaction.</param>
    /// <param name="membranePotential">V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>ΔG = z_net F (V − E_rev) for an electrogenic transporter, the V-independent part for an electroneutral one.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A species or reaction missing from the conditions, a concentration ≤ 0, or bad V or T.</exception>
    public MolarEnergy FreeEnergy(TransportConditions conditions, ElectricPotential membranePotential, Temperature temperature, ConstantSet? constants = null) =>
        At(conditions, membranePotential, temperature, constants).FreeEnergy;

    /// <summary>
    /// The thermodynamic reversal potential, the V at which ΔG = 0: E_rev = −(Σ nᵢ RT ln(cᵢ,in/cᵢ,out) + Σ mⱼΔGⱼ)/(z_net F).
    /// Null for an electroneutral transporter, whose direction V does not change.
    /// </summary>
    /// <param name="conditions">Every species on both sides (&gt; 0) and the ΔG of every coupled reaction.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A species or reaction missing from the conditions, a concentration ≤ 0, or bad T.</exception>
    public ElectricPotential? ReversalPotential(TransportConditions conditions, Temperature temperature, ConstantSet? constants = null)
    {
        var chemical = Stoichiometry.ChemicalFreeEnergy(conditions, temperature, constants, Name);
        return IsElectrogenic ? Reversal(chemical, constants) : null;
    }

    /// <summary>The way the cycle turns at V: <see cref="TransportDirection.Forward"/> (as written) when ΔG &lt; 0.</summary>
    /// <param name="conditions">Every species on both sides (&gt; 0) and the ΔG of every coupled reaction.</param>
    /// <param name="membranePotential">V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public TransportDirection Direction(TransportConditions conditions, ElectricPotential membranePotential, Temperature temperature, ConstantSet? constants = null) =>
        At(conditions, membranePotential, temperature, constants).Direction;

    /// <summary>Everything at once: ΔG, E_rev, z_net and the direction at V.</summary>
    /// <param name="conditions">Every species on both sides (&gt; 0) and the ΔG of every coupled reaction.</param>
    /// <param name="membranePotential">V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A species or reaction missing from the conditions, a concentration ≤ 0, or bad V or T.</exception>
    public TransporterState At(TransportConditions conditions, ElectricPotential membranePotential, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.Finite(membranePotential, nameof(membranePotential));
        var chemical = Stoichiometry.ChemicalFreeEnergy(conditions, temperature, constants, Name);
        ElectricPotential? reversal = null;
        double freeEnergy;
        if (IsElectrogenic)
        {
            var e = Reversal(chemical, constants);
            reversal = e;
            freeEnergy = NetChargeInward * (constants ?? ConstantSet.Si2019).FaradayConstant * (membranePotential.Volts - e.Volts);
        }
        else
        {
            freeEnergy = chemical;
        }

        var direction = freeEnergy < 0 ? TransportDirection.Forward : freeEnergy > 0 ? TransportDirection.Reverse : TransportDirection.Equilibrium;
        return new TransporterState(this, membranePotential, MolarEnergy.FromJoulesPerMole(freeEnergy), reversal, direction);
    }

    /// <summary>Everything at once, with the conditions given as the two solutions (no coupled reaction).</summary>
    /// <param name="inside">The inside solution; must hold every species moved.</param>
    /// <param name="outside">The outside solution; must hold every species moved.</param>
    /// <param name="membranePotential">V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public TransporterState At(Solution inside, Solution outside, ElectricPotential membranePotential, Temperature temperature, ConstantSet? constants = null) =>
        At(new TransportConditions(inside, outside), membranePotential, temperature, constants);

    /// <summary>The same transporter with its cycle written the other way: ΔG negated, E_rev unchanged.</summary>
    public Transporter Reversed() => new(Name + " (reversed)", Stoichiometry.Reversed(), Citation);

    /// <summary>The cycle of one turn of this and one turn of <paramref name="other"/>, whose ΔG is the sum of theirs.</summary>
    /// <param name="other">The other transporter.</param>
    /// <param name="name">A name for the composite; "A + B" when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The two cycles cancel every species.</exception>
    public Transporter ComposedWith(Transporter other, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new Transporter(
            name ?? $"{Name} + {other.Name}",
            Stoichiometry.ComposedWith(other.Stoichiometry),
            Citation == other.Citation ? Citation : $"{Name}: {Citation} | {other.Name}: {other.Citation}");
    }

    /// <summary>"NCX1 (3 Na⁺ in, 1 Ca²⁺ out)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Stoichiometry})");

    /// <summary>
    /// The reversal potential from each species' concentrations given in the order of the stoichiometry's
    /// translocations (mol/m³, &gt; 0), for a transporter without coupled reactions; null for an electroneutral one.
    /// Allocation-free, for a simulator's pools.
    /// </summary>
    internal ElectricPotential? ReversalAt(ReadOnlySpan<double> inside, ReadOnlySpan<double> outside, double rt, ConstantSet constants) =>
        IsElectrogenic ? Reversal(Stoichiometry.ChemicalFreeEnergy(inside, outside, rt), constants) : null;

    private ElectricPotential Reversal(double chemicalJoulesPerMole, ConstantSet? constants) =>
        ElectricPotential.FromVolts(-chemicalJoulesPerMole / (NetChargeInward * (constants ?? ConstantSet.Si2019).FaradayConstant));
}
