using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electric charge.
/// </summary>
[Quantity("C")]
[Unit("pC", 1e-12, "Picocoulombs")]
[Unit("C", 1, "Coulombs")]
[Unit("mC", 1e-3, "Millicoulombs")]
[Unit("µC", 1e-6, "Microcoulombs")]
[Unit("nC", 1e-9, "Nanocoulombs")]
[Unit("fC", 1e-15, "Femtocoulombs")]
public readonly partial struct ElectricCharge
{
    /// <summary>The potential across a capacitance holding this charge, V = Q/C.</summary>
    public static ElectricPotential operator /(ElectricCharge charge, Capacitance capacitance) => ElectricPotential.FromVolts(charge._si / capacitance.Farads);

    /// <summary>The mean current that moves this charge in a time.</summary>
    public static ElectricCurrent operator /(ElectricCharge charge, Duration duration) => ElectricCurrent.FromAmperes(charge._si / duration.Seconds);
}
