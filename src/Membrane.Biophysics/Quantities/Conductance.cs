using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electrical conductance, such as a whole-cell or single-channel conductance.
/// </summary>
[Quantity("S")]
[Unit("nS", 1e-9, "Nanosiemens")]
[Unit("S", 1, "Siemens")]
[Unit("mS", 1e-3, "Millisiemens")]
[Unit("µS", 1e-6, "Microsiemens")]
[Unit("pS", 1e-12, "Picosiemens")]
public readonly partial struct Conductance
{
    /// <summary>Ohm's law: current through this conductance at a driving force.</summary>
    public static ElectricCurrent operator *(Conductance conductance, ElectricPotential drivingForce) => drivingForce * conductance;

    /// <summary>The conductance per unit of membrane area.</summary>
    public static ConductanceDensity operator /(Conductance conductance, Area area) =>
        ConductanceDensity.FromSiemensPerSquareMeter(conductance._si / area.SquareMeters);
}
