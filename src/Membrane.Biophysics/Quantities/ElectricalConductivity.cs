using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electrical conductivity σ of a bulk medium (a salt solution, a solid electrolyte): current density per unit
/// electric field.
/// </summary>
[Quantity("S/m")]
[Unit("mS/cm", 0.1, "MillisiemensPerCentimeter")]
[Unit("S/m", 1, "SiemensPerMeter")]
[Unit("S/cm", 100, "SiemensPerCentimeter")]
[Unit("µS/cm", 1e-4, "MicrosiemensPerCentimeter")]
public readonly partial struct ElectricalConductivity
{
    /// <summary>The conductance density of a layer of this medium of the given thickness, σ/L.</summary>
    public static ConductanceDensity operator /(ElectricalConductivity conductivity, Length thickness) =>
        ConductanceDensity.FromSiemensPerSquareMeter(conductivity._si / thickness.Meters);
}
