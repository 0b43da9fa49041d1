using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>The GHK leak permeabilities that balance the ischaemia neuron's currents at rest, one per leaking ion.</summary>
/// <param name="Sodium">P_Na.</param>
/// <param name="Potassium">P_K.</param>
/// <param name="Chloride">P_Cl.</param>
/// <param name="Calcium">P_Ca.</param>
public sealed record RestingPermeabilities(Permeability Sodium, Permeability Potassium, Permeability Chloride, Permeability Calcium);
