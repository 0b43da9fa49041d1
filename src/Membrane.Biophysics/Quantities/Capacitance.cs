using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electrical capacitance, such as a whole-cell membrane capacitance.
/// </summary>
[Quantity("F")]
[Unit("pF", 1e-12, "Picofarads")]
[Unit("F", 1, "Farads")]
[Unit("µF", 1e-6, "Microfarads")]
[Unit("nF", 1e-9, "Nanofarads")]
[Unit("fF", 1e-15, "Femtofarads")]
public readonly partial struct Capacitance
{
    /// <summary>The charge stored at a potential, Q = C·V.</summary>
    public static ElectricCharge operator *(Capacitance capacitance, ElectricPotential potential) => potential * capacitance;

    /// <summary>The capacitance per unit of membrane area.</summary>
    public static SpecificCapacitance operator /(Capacitance capacitance, Area area) =>
        SpecificCapacitance.FromFaradsPerSquareMeter(capacitance._si / area.SquareMeters);
}
