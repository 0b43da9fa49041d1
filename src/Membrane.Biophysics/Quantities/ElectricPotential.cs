using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electric potential or potential difference, such as a membrane potential V = φ_inside − φ_outside or a reversal potential.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in V; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("V")]
public readonly partial struct ElectricPotential
{
    private static readonly QuantityUnit[] Units =
    [
        new("mV", 1e-3),
        new("V", 1),
        new("µV", 1e-6),
        new("kV", 1e3),
    ];

    /// <summary>Creates a potential from volts.</summary>
    /// <param name="volts">The value in V.</param>
    public static ElectricPotential FromVolts(double volts) => new(volts);

    /// <summary>Creates a potential from millivolts.</summary>
    /// <param name="millivolts">The value in mV.</param>
    public static ElectricPotential FromMillivolts(double millivolts) => new(millivolts * 1e-3);

    /// <summary>Creates a potential from microvolts.</summary>
    /// <param name="microvolts">The value in µV.</param>
    public static ElectricPotential FromMicrovolts(double microvolts) => new(microvolts * 1e-6);

    /// <summary>The value in volts.</summary>
    public double Volts => _si;

    /// <summary>The value in millivolts.</summary>
    public double Millivolts => _si / 1e-3;

    /// <summary>The value in microvolts.</summary>
    public double Microvolts => _si / 1e-6;

    /// <summary>Ohm's law: current through a conductance.</summary>
    public static Current operator *(ElectricPotential potential, Conductance conductance) => Current.FromAmperes(potential._si * conductance.Siemens);

    /// <summary>Ohm's law per unit area: current density through a conductance density.</summary>
    public static CurrentDensity operator *(ElectricPotential potential, ConductanceDensity conductance) =>
        CurrentDensity.FromAmperesPerSquareMeter(potential._si * conductance.SiemensPerSquareMeter);

    /// <summary>The charge on a capacitance held at this potential, Q = C·V.</summary>
    public static ElectricCharge operator *(ElectricPotential potential, Capacitance capacitance) => ElectricCharge.FromCoulombs(potential._si * capacitance.Farads);
}
