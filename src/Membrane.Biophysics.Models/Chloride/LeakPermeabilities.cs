using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>The Na⁺ and K⁺ leak permeabilities that hold a whole cell at rest.</summary>
/// <param name="Sodium">P_Na.</param>
/// <param name="Potassium">P_K.</param>
public sealed record LeakPermeabilities(Permeability Sodium, Permeability Potassium);
