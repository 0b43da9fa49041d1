using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// The resistivity of a conductor, such as the axial resistivity R_a of cytoplasm along a neurite (NEURON's
/// <c>Ra</c>, 35.4 Ω·cm by default, is 0.354 Ω·m).
/// </summary>
[Quantity("Ω·m")]
[Unit("Ω·m", 1, "OhmMeters", Aliases = ["ohm·m", "ohm m", "Ohm·m"])]
[Unit("Ω·cm", 1e-2, "OhmCentimeters", Aliases = ["ohm·cm", "ohm cm", "Ohm·cm"])]
public readonly partial struct ElectricalResistivity
{
}
