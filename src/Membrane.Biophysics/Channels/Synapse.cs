using System;
using System.Collections.Generic;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Channels;

/// <summary>One permeant ion of a ligand-gated channel and its permeability relative to the channel's reference ion.</summary>
/// <param name="Ion">The ion.</param>
/// <param name="RelativePermeability">P_ion / P_reference; finite and ≥ 0.</param>
public sealed record SynapticIon(Ion Ion, double RelativePermeability);

/// <summary>
/// A ligand-gated conductance per unit area: a maximal conductance (or permeability) × its activation s(t) from
/// presynaptic events (<see cref="SynapticKinetics"/>) × a current law. Outward current positive. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// The ohmic law I = ḡ s (V − E) with E fixed or the Nernst potential of one ion's live concentrations; or the GHK law
/// for a channel several ions cross, I = P̄ s Σ_j r_j z_j F [c_in,j B(u_j) − c_out,j B(−u_j)] (Goldman 1943; Hodgkin
/// and Katz 1949; the GHK current of <see cref="Ghk.GhkCurrent"/> per ion), whose reversal is the GHK voltage of the
/// mixture and moves with every concentration.
/// </para>
/// <para>
/// Presets: <see cref="Ampa"/>, equal Na⁺ and K⁺ permeability (P_K/P_Na ≈ 1 for AMPA receptors; Dingledine, R.,
/// Borges, K., Bowie, D. and Traynelis, S. F. (1999) The glutamate receptor ion channels. <i>Pharmacol. Rev.</i> 51,
/// 7–61); <see cref="GabaA"/>, Cl⁻ with optional HCO₃⁻ at P_HCO₃/P_Cl = 0.18 (Bormann, J., Hamill, O. P. and Sakmann, B.
/// (1987) Mechanism of anion permeation through channels gated by glycine and γ-aminobutyric acid in mouse cultured
/// spinal neurones. <i>J. Physiol.</i> 385, 243–286), both with the GHK law.
/// </para>
/// </remarks>
public sealed class Synapse
{
    private readonly SynapticIon[] _ions;

    private Synapse(string name, SynapticKinetics kinetics, CurrentLaw law, ConductanceDensity conductance, Permeability permeability, ElectricPotential? reversal, SynapticIon[] ions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(kinetics);
        Name = name;
        Kinetics = kinetics;
        Law = law;
        MaximalConductance = conductance;
        MaximalPermeability = permeability;
        FixedReversalPotential = reversal;
        _ions = ions;
    }

    /// <summary>Its name, used in error messages.</summary>
    public string Name { get; }

    /// <summary>The activation's time course.</summary>
    public SynapticKinetics Kinetics { get; }

    /// <summary>The current law.</summary>
    public CurrentLaw Law { get; }

    /// <summary>ḡ (ohmic law): the conductance density at s = 1; zero for a GHK synapse.</summary>
    public ConductanceDensity MaximalConductance { get; }

    /// <summary>P̄ (GHK law): the reference ion's permeability at s = 1; zero for an ohmic synapse.</summary>
    public Permeability MaximalPermeability { get; }

    /// <summary>The fixed reversal of an ohmic synapse; null when E comes from an ion's concentrations.</summary>
    public ElectricPotential? FixedReversalPotential { get; }

    /// <summary>The permeant ions: one for an ion-selective ohmic synapse, one or more for a GHK synapse, none for a fixed reversal.</summary>
    public IReadOnlyList<SynapticIon> Ions => _ions;

    /// <summary>An ohmic synapse with a fixed reversal: I = ḡ s (V − E).</summary>
    /// <param name="name">Its name; not empty.</param>
    /// <param name="conductance">ḡ; finite and ≥ 0.</param>
    /// <param name="reversal">E; finite.</param>
    /// <param name="kinetics">s(t).</param>
    /// <returns>The synapse.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentNullException">The kinetics are null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">ḡ or E is out of range.</exception>
    public static Synapse Ohmic(string name, ConductanceDensity conductance, ElectricPotential reversal, SynapticKinetics kinetics)
    {
        Guard.NonNegativeFinite(conductance, nameof(conductance));
        Guard.Finite(reversal, nameof(reversal));
        return new(name, kinetics, CurrentLaw.Ohmic, conductance, Permeability.Zero, reversal, []);
    }

    /// <summary>An ohmic synapse selective for one ion: I = ḡ s (V − E_ion), E_ion the Nernst potential of the live concentrations.</summary>
    /// <param name="name">Its name; not empty.</param>
    /// <param name="conductance">ḡ; finite and ≥ 0.</param>
    /// <param name="ion">The permeant ion.</param>
    /// <param name="kinetics">s(t).</param>
    /// <returns>The synapse.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentNullException">The ion or kinetics are null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">ḡ is out of range.</exception>
    public static Synapse Ohmic(string name, ConductanceDensity conductance, Ion ion, SynapticKinetics kinetics)
    {
        ArgumentNullException.ThrowIfNull(ion);
        Guard.NonNegativeFinite(conductance, nameof(conductance));
        return new(name, kinetics, CurrentLaw.Ohmic, conductance, Permeability.Zero, null, [new SynapticIon(ion, 1)]);
    }

    /// <summary>A GHK synapse through which several ions pass: I = P̄ s Σ r_j I_GHK,j/P.</summary>
    /// <param name="name">Its name; not empty.</param>
    /// <param name="permeability">P̄, the permeability of relative weight 1; finite and ≥ 0.</param>
    /// <param name="kinetics">s(t).</param>
    /// <param name="ions">The permeant ions with relative permeabilities; at least one.</param>
    /// <returns>The synapse.</returns>
    /// <exception cref="ArgumentException">The name is empty or there are no ions.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">P̄ or a relative permeability is out of range.</exception>
    public static Synapse Ghk(string name, Permeability permeability, SynapticKinetics kinetics, params SynapticIon[] ions)
    {
        Guard.NonNegativeFinite(permeability, nameof(permeability));
        ArgumentNullException.ThrowIfNull(ions);
        Guard.NotEmpty(ions.Length, nameof(ions), "at least one permeant ion");

        foreach (var ion in ions)
        {
            ArgumentNullException.ThrowIfNull(ion, nameof(ions));
            ArgumentNullException.ThrowIfNull(ion.Ion, nameof(ions));
            Guard.NonNegativeFinite(ion.RelativePermeability, nameof(ions), "relative permeability", $" for {ion.Ion.Name}");
        }

        return new(name, kinetics, CurrentLaw.Ghk, ConductanceDensity.Zero, permeability, null, (SynapticIon[])ions.Clone());
    }

    /// <summary>An AMPA receptor conductance: Na⁺ and K⁺ with equal permeability P̄ (Dingledine et al. 1999), GHK law.</summary>
    /// <param name="permeability">P̄ = P_Na = P_K at s = 1.</param>
    /// <param name="kinetics">s(t), e.g. BiExponential(0.2 ms, 2 ms) at 35 °C.</param>
    /// <returns>The synapse.</returns>
    public static Synapse Ampa(Permeability permeability, SynapticKinetics kinetics) =>
        Ghk("AMPA", permeability, kinetics, new SynapticIon(Species.Ions.Sodium, 1), new SynapticIon(Species.Ions.Potassium, 1));

    /// <summary>A GABA_A receptor conductance: Cl⁻, and HCO₃⁻ at P_HCO₃/P_Cl = 0.18 if asked (Bormann et al. 1987), GHK law.</summary>
    /// <param name="permeability">P_Cl at s = 1.</param>
    /// <param name="kinetics">s(t).</param>
    /// <param name="bicarbonate">Whether HCO₃⁻ also permeates (the model then needs its concentrations).</param>
    /// <returns>The synapse.</returns>
    public static Synapse GabaA(Permeability permeability, SynapticKinetics kinetics, bool bicarbonate) =>
        bicarbonate
            ? Ghk("GABA_A", permeability, kinetics, new SynapticIon(Species.Ions.Chloride, 1), new SynapticIon(Species.Ions.Bicarbonate, 0.18))
            : Ghk("GABA_A", permeability, kinetics, new SynapticIon(Species.Ions.Chloride, 1));

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Law}, {Kinetics.Shape})";
}
