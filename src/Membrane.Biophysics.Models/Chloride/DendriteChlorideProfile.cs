using System.Collections.Generic;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>The dendrite of <see cref="ChlorideHomeostasisModel"/> at the end of the run: [Cl⁻]ᵢ and E_Cl along it. Immutable and thread-safe.</summary>
/// <param name="AtSoma">The time course at the soma end.</param>
/// <param name="Positions">Each compartment's centre, from the soma.</param>
/// <param name="Chloride">[Cl⁻]ᵢ in each compartment.</param>
/// <param name="ChlorideReversalPotential">E_Cl in each compartment.</param>
/// <param name="RestingPotential">The V it was held at.</param>
public sealed record DendriteChlorideProfile(
    ChlorideScenario AtSoma,
    IReadOnlyList<Length> Positions,
    IReadOnlyList<Concentration> Chloride,
    IReadOnlyList<ElectricPotential> ChlorideReversalPotential,
    ElectricPotential RestingPotential)
{
    /// <summary>The distance from the soma beyond which GABA hyperpolarises (E_Cl below V), interpolated between compartments; null when it never does, zero when it does everywhere.</summary>
    public Length? PolarityReversalDistance
    {
        get
        {
            if (ChlorideReversalPotential[0] < RestingPotential)
            {
                return Length.Zero;
            }

            for (int i = 1; i < ChlorideReversalPotential.Count; i++)
            {
                if (ChlorideReversalPotential[i] < RestingPotential)
                {
                    double a = (ChlorideReversalPotential[i - 1] - RestingPotential).Volts, b = (ChlorideReversalPotential[i] - RestingPotential).Volts;
                    return Length.FromMeters(Positions[i - 1].Meters + ((Positions[i] - Positions[i - 1]).Meters * a / (a - b)));
                }
            }

            return null;
        }
    }
}
