using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// One current branch of a membrane — a channel, a synapse, one species of a transporter — linearised about a
/// potential V₀ as the simulator steps it: I(V) = G·V + J, outward positive, with the gates, activations and
/// concentrations held. For an ohmic branch G = ḡ·a and J = −G·E exactly; a GHK or transport branch is its tangent
/// at V₀ (so I(V₀) is its exact current there). Immutable.
/// </summary>
/// <param name="Name">The channel's, synapse's or transporter's name.</param>
/// <param name="Ion">The ion it carries; null for a non-selective branch without one.</param>
/// <param name="Slope">G, the slope conductance with everything but V frozen.</param>
/// <param name="Offset">J, the current the line extrapolates to at V = 0.</param>
public readonly record struct LinearisedBranch(string Name, Ion? Ion, ConductanceDensity Slope, CurrentDensity Offset)
{
    /// <summary>The branch's current on its line at <paramref name="potential"/>, G·V + J (exact at the potential it was linearised about).</summary>
    /// <param name="potential">V.</param>
    /// <returns>The current density, outward positive.</returns>
    public CurrentDensity CurrentAt(ElectricPotential potential) =>
        CurrentDensity.FromAmperesPerSquareMeter((Slope.SiemensPerSquareMeter * potential.Volts) + Offset.AmperesPerSquareMeter);
}
