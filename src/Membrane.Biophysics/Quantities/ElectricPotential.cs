using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electric potential or potential difference, such as a membrane potential V = φ_inside − φ_outside or a reversal potential.
/// </summary>
[Quantity("V")]
[Unit("mV", 1e-3, "Millivolts")]
[Unit("V", 1, "Volts")]
[Unit("µV", 1e-6, "Microvolts")]
[Unit("kV", 1e3, "Kilovolts")]
public readonly partial struct ElectricPotential
{
    /// <summary>Ohm's law: current through a conductance.</summary>
    public static ElectricCurrent operator *(ElectricPotential potential, Conductance conductance) => ElectricCurrent.FromAmperes(potential._si * conductance.Siemens);

    /// <summary>Ohm's law per unit area: current density through a conductance density.</summary>
    public static CurrentDensity operator *(ElectricPotential potential, ConductanceDensity conductance) =>
        CurrentDensity.FromAmperesPerSquareMeter(potential._si * conductance.SiemensPerSquareMeter);

    /// <summary>The charge on a capacitance held at this potential, Q = C·V.</summary>
    public static ElectricCharge operator *(ElectricPotential potential, Capacitance capacitance) => ElectricCharge.FromCoulombs(potential._si * capacitance.Farads);

    /// <summary>The mean rate of change of a potential difference over a duration, ΔV/Δt.</summary>
    public static PotentialRate operator /(ElectricPotential difference, Duration duration) =>
        PotentialRate.FromVoltsPerSecond(difference._si / duration.Seconds);

    /// <summary>The mean gradient of a potential difference across a distance, Δφ/Δx.</summary>
    public static PotentialGradient operator /(ElectricPotential difference, Length distance) =>
        PotentialGradient.FromVoltsPerMeter(difference._si / distance.Meters);
}
