using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electric current; across a membrane, outward current (cations leaving) is positive.
/// </summary>
[Quantity("A")]
[Unit("pA", 1e-12, "Picoamperes")]
[Unit("A", 1, "Amperes")]
[Unit("mA", 1e-3, "Milliamperes")]
[Unit("µA", 1e-6, "Microamperes")]
[Unit("nA", 1e-9, "Nanoamperes")]
[Unit("fA", 1e-15, "Femtoamperes")]
public readonly partial struct ElectricCurrent
{
    /// <summary>Ohm's law: the driving force that pushes this current through a conductance.</summary>
    public static ElectricPotential operator /(ElectricCurrent current, Conductance conductance) => ElectricPotential.FromVolts(current._si / conductance.Siemens);

    /// <summary>Ohm's law: the conductance that passes this current at a driving force.</summary>
    public static Conductance operator /(ElectricCurrent current, ElectricPotential drivingForce) => Conductance.FromSiemens(current._si / drivingForce.Volts);

    /// <summary>The current per unit of membrane area.</summary>
    public static CurrentDensity operator /(ElectricCurrent current, Area area) => CurrentDensity.FromAmperesPerSquareMeter(current._si / area.SquareMeters);

    /// <summary>The charge carried in a time, Q = I·t.</summary>
    public static ElectricCharge operator *(ElectricCurrent current, Duration duration) => ElectricCharge.FromCoulombs(current._si * duration.Seconds);
}
