using System;
using System.Globalization;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Models;

/// <summary>
/// One transport pathway of <see cref="BacterialEnergeticsModel"/>: a transporter of H⁺ and/or Na⁺ (from the
/// <see cref="Transporters"/> catalog or built by the caller), how fast it can turn, and the free energy of the
/// chemical reaction it is coupled to (respiration, ATP hydrolysis), per turnover of that reaction as written.
/// It turns at j = j_max tanh(−ΔG_cycle/2RT) (<see cref="CycleKinetics"/>), with ΔG_cycle from the transporter's
/// stoichiometry: Σ nᵢ Δμ̃ᵢ + m ΔG_reaction. Immutable and thread-safe.
/// </summary>
/// <param name="Transporter">What it moves per cycle; only H⁺ and Na⁺, and at most one coupled reaction.</param>
/// <param name="MaximalRate">j_max, cycles per unit membrane area per second, far from equilibrium; ≥ 0.</param>
/// <param name="ReactionFreeEnergy">ΔG of its coupled reaction per turnover as written (ignored when it has none).</param>
public sealed record EnergyPathway(Transporter Transporter, MolarFlux MaximalRate, MolarEnergy ReactionFreeEnergy)
{
    /// <summary>A pathway with no coupled reaction (an exchanger).</summary>
    /// <param name="transporter">What it moves per cycle.</param>
    /// <param name="maximalRate">j_max; ≥ 0.</param>
    public EnergyPathway(Transporter transporter, MolarFlux maximalRate)
        : this(transporter, maximalRate, MolarEnergy.Zero)
    {
    }

    /// <summary>ΔG of one cycle as written: n_H Δμ̃_H + n_Na Δμ̃_Na + m ΔG_reaction (Δμ̃ = zF(V − E), <see cref="ElectrochemicalPotential.Difference"/>).</summary>
    /// <param name="protons">H⁺ inside and outside.</param>
    /// <param name="sodium">Na⁺ inside and outside.</param>
    /// <param name="membranePotential">V = φ_in − φ_out.</param>
    /// <param name="temperature">The temperature.</param>
    /// <returns>ΔG_cycle.</returns>
    public MolarEnergy CycleFreeEnergy(IonGradient protons, IonGradient sodium, ElectricPotential membranePotential, Temperature temperature)
    {
        var s = Transporter.Stoichiometry;
        return CycleFreeEnergy(s.CountOf(Ions.Hydrogen), s.CountOf(Ions.Sodium), s.Reactions.Count == 1 ? s.Reactions[0].Count * ReactionFreeEnergy.JoulesPerMole : 0, protons, sodium, membranePotential, temperature);
    }

    /// <summary>ΔG_cycle from the counts, for callers that looked them up once.</summary>
    internal static MolarEnergy CycleFreeEnergy(int protonCount, int sodiumCount, double reactionPart, IonGradient protons, IonGradient sodium, ElectricPotential membranePotential, Temperature temperature)
    {
        double g = reactionPart;
        if (protonCount != 0)
        {
            g += protonCount * ElectrochemicalPotential.Difference(Ions.Hydrogen, protons, membranePotential, temperature).JoulesPerMole;
        }

        if (sodiumCount != 0)
        {
            g += sodiumCount * ElectrochemicalPotential.Difference(Ions.Sodium, sodium, membranePotential, temperature).JoulesPerMole;
        }

        return MolarEnergy.FromJoulesPerMole(g);
    }

    /// <summary>Cycles per unit area per second at these conditions (positive in the written direction).</summary>
    /// <param name="protons">H⁺ inside and outside.</param>
    /// <param name="sodium">Na⁺ inside and outside.</param>
    /// <param name="membranePotential">V = φ_in − φ_out.</param>
    /// <param name="temperature">The temperature.</param>
    /// <returns>The rate.</returns>
    public MolarFlux Rate(IonGradient protons, IonGradient sodium, ElectricPotential membranePotential, Temperature temperature) =>
        MolarFlux.FromMolesPerSquareMeterSecond(CycleKinetics.Rate(MaximalRate.MolesPerSquareMeterSecond, CycleFreeEnergy(protons, sodium, membranePotential, temperature), temperature));

    internal void Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(Transporter, name);
        var s = Transporter.Stoichiometry;
        foreach (var t in s.Translocations)
        {
            if (t.Species != Ions.Hydrogen && t.Species != Ions.Sodium)
            {
                throw Guard.Invalid(name, $"{Transporter}, which also moves {t.Species.Name}", "a transporter that moves only H⁺ and Na⁺");
            }
        }

        if (s.Reactions.Count > 1)
        {
            throw Guard.Invalid(name, $"{Transporter}, which has {Guard.Format(s.Reactions.Count)}", "a transporter coupled to at most one reaction");
        }

        Internal.Guard.NonNegativeFinite(MaximalRate, $"{name}.{nameof(MaximalRate)}");
        Internal.Guard.Finite(ReactionFreeEnergy, $"{name}.{nameof(ReactionFreeEnergy)}");
    }
}
