using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A conductance per unit membrane area (specific conductance), such as a maximal channel conductance ḡ.
/// </summary>
[Quantity("S/m²")]
[Unit("mS/cm²", 10, "MillisiemensPerSquareCentimeter")]
[Unit("S/m²", 1, "SiemensPerSquareMeter")]
[Unit("S/cm²", 1e4, "SiemensPerSquareCentimeter")]
[Unit("µS/cm²", 1e-2, "MicrosiemensPerSquareCentimeter")]
[Unit("pS/µm²", 1, "PicosiemensPerSquareMicrometer")]
public readonly partial struct ConductanceDensity
{
    /// <summary>Ohm's law per unit area: current density at a driving force.</summary>
    public static CurrentDensity operator *(ConductanceDensity conductance, ElectricPotential drivingForce) => drivingForce * conductance;

    /// <summary>The total conductance of a membrane area.</summary>
    public static Conductance operator *(ConductanceDensity conductance, Area area) => Conductance.FromSiemens(conductance._si * area.SquareMeters);

    /// <summary>The total conductance of a membrane area.</summary>
    public static Conductance operator *(Area area, ConductanceDensity conductance) => conductance * area;
}
