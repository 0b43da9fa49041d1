using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A spatial gradient of concentration, dc/dx.
/// </summary>
[Quantity("mol/m⁴")]
[Unit("mM/µm", 1e6, "MillimolarPerMicrometer")]
[Unit("mol/m⁴", 1, "MolesPerMeterToTheFourth", Aliases = ["mol/m^4", "mol/m4"])]
[Unit("mM/mm", 1e3, "MillimolarPerMillimeter")]
[Unit("M/m", 1e3, "MolarPerMeter")]
public readonly partial struct ConcentrationGradient
{}
