using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>One run of <see cref="ChlorideHomeostasisModel"/> (for the dendrite, at its soma end). Immutable and thread-safe.</summary>
/// <param name="Label">The run.</param>
/// <param name="Chloride">[Cl⁻]ᵢ.</param>
/// <param name="ChlorideReversalPotential">E_Cl.</param>
/// <param name="RestingPotential">The V it was held at.</param>
public sealed record ChlorideScenario(string Label, TimeSeries<Concentration> Chloride, TimeSeries<ElectricPotential> ChlorideReversalPotential, ElectricPotential RestingPotential)
{
    /// <summary>The GABA_A driving force at rest at the end, V − E_Cl: positive means Cl⁻ enters and GABA hyperpolarises.</summary>
    public ElectricPotential GabaDrivingForce => RestingPotential - ChlorideReversalPotential.Final;

    /// <summary>Whether a GABA_A (Cl⁻) conductance depolarises the cell at rest at the end (E_Cl above V).</summary>
    public bool GabaDepolarises => ChlorideReversalPotential.Final > RestingPotential;
}
