using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A capacitance per unit membrane area (about 1 µF/cm² for biological membranes).
/// </summary>
[Quantity("F/m²")]
[Unit("µF/cm²", 1e-2, "MicrofaradsPerSquareCentimeter")]
[Unit("F/m²", 1, "FaradsPerSquareMeter")]
[Unit("fF/µm²", 1e-3, "FemtofaradsPerSquareMicrometer")]
public readonly partial struct SpecificCapacitance
{
    /// <summary>The capacitance of a membrane area.</summary>
    public static Capacitance operator *(SpecificCapacitance capacitance, Area area) => Capacitance.FromFarads(capacitance._si * area.SquareMeters);

    /// <summary>The capacitance of a membrane area.</summary>
    public static Capacitance operator *(Area area, SpecificCapacitance capacitance) => capacitance * area;
}
