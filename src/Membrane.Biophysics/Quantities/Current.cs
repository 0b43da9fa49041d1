using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electric current; across a membrane, outward current (cations leaving) is positive.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in A; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (pA) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("A")]
public readonly partial struct Current
{
    private static readonly QuantityUnit[] Units =
    [
        new("pA", 1e-12),
        new("A", 1),
        new("mA", 1e-3),
        new("µA", 1e-6),
        new("nA", 1e-9),
        new("fA", 1e-15),
    ];

    /// <summary>Creates a value from A.</summary>
    /// <param name="amperes">The value in A.</param>
    public static Current FromAmperes(double amperes) => new(amperes);

    /// <summary>Creates a value from mA.</summary>
    /// <param name="milliamperes">The value in mA.</param>
    public static Current FromMilliamperes(double milliamperes) => new(milliamperes * 1e-3);

    /// <summary>Creates a value from µA.</summary>
    /// <param name="microamperes">The value in µA.</param>
    public static Current FromMicroamperes(double microamperes) => new(microamperes * 1e-6);

    /// <summary>Creates a value from nA.</summary>
    /// <param name="nanoamperes">The value in nA.</param>
    public static Current FromNanoamperes(double nanoamperes) => new(nanoamperes * 1e-9);

    /// <summary>Creates a value from pA.</summary>
    /// <param name="picoamperes">The value in pA.</param>
    public static Current FromPicoamperes(double picoamperes) => new(picoamperes * 1e-12);

    /// <summary>The value in A.</summary>
    public double Amperes => _si;

    /// <summary>The value in mA.</summary>
    public double Milliamperes => _si / 1e-3;

    /// <summary>The value in µA.</summary>
    public double Microamperes => _si / 1e-6;

    /// <summary>The value in nA.</summary>
    public double Nanoamperes => _si / 1e-9;

    /// <summary>The value in pA.</summary>
    public double Picoamperes => _si / 1e-12;

    /// <summary>Ohm's law: the driving force that pushes this current through a conductance.</summary>
    public static ElectricPotential operator /(Current current, Conductance conductance) => ElectricPotential.FromVolts(current._si / conductance.Siemens);

    /// <summary>Ohm's law: the conductance that passes this current at a driving force.</summary>
    public static Conductance operator /(Current current, ElectricPotential drivingForce) => Conductance.FromSiemens(current._si / drivingForce.Volts);

    /// <summary>The current per unit of membrane area.</summary>
    public static CurrentDensity operator /(Current current, Area area) => CurrentDensity.FromAmperesPerSquareMeter(current._si / area.SquareMeters);

    /// <summary>The charge carried in a time, Q = I·t.</summary>
    public static ElectricCharge operator *(Current current, Duration duration) => ElectricCharge.FromCoulombs(current._si * duration.Seconds);
}
