using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A membrane permeability coefficient P (as in the Goldman–Hodgkin–Katz equations), a velocity.
/// </summary>
[Quantity("m/s")]
[Unit("cm/s", 1e-2, "CentimetersPerSecond")]
[Unit("m/s", 1, "MetersPerSecond")]
[Unit("µm/s", 1e-6, "MicrometersPerSecond")]
[Unit("nm/s", 1e-9, "NanometersPerSecond")]
public readonly partial struct Permeability
{
    /// <summary>The flux carried by this permeability across a concentration, J = P·c.</summary>
    public static MolarFlux operator *(Permeability permeability, Concentration concentration) => concentration * permeability;
}
