using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A spatial gradient of electric potential, dφ/dx (the electric field is its negative, E = −dφ/dx).
/// </summary>
[Quantity("V/m")]
[Unit("mV/µm", 1e3, "MillivoltsPerMicrometer")]
[Unit("V/m", 1, "VoltsPerMeter")]
[Unit("mV/nm", 1e6, "MillivoltsPerNanometer")]
[Unit("V/cm", 100, "VoltsPerCentimeter")]
public readonly partial struct PotentialGradient
{}
