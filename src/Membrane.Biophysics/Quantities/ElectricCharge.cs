using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electric charge.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in C; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (pC) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("C")]
public readonly partial struct ElectricCharge
{
    private static readonly QuantityUnit[] Units =
    [
        new("pC", 1e-12),
        new("C", 1),
        new("mC", 1e-3),
        new("µC", 1e-6),
        new("nC", 1e-9),
        new("fC", 1e-15),
    ];

    /// <summary>Creates a value from C.</summary>
    /// <param name="coulombs">The value in C.</param>
    public static ElectricCharge FromCoulombs(double coulombs) => new(coulombs);

    /// <summary>Creates a value from nC.</summary>
    /// <param name="nanocoulombs">The value in nC.</param>
    public static ElectricCharge FromNanocoulombs(double nanocoulombs) => new(nanocoulombs * 1e-9);

    /// <summary>Creates a value from pC.</summary>
    /// <param name="picocoulombs">The value in pC.</param>
    public static ElectricCharge FromPicocoulombs(double picocoulombs) => new(picocoulombs * 1e-12);

    /// <summary>The value in C.</summary>
    public double Coulombs => _si;

    /// <summary>The value in nC.</summary>
    public double Nanocoulombs => _si / 1e-9;

    /// <summary>The value in pC.</summary>
    public double Picocoulombs => _si / 1e-12;

    /// <summary>The potential across a capacitance holding this charge, V = Q/C.</summary>
    public static ElectricPotential operator /(ElectricCharge charge, Capacitance capacitance) => ElectricPotential.FromVolts(charge._si / capacitance.Farads);

    /// <summary>The mean current that moves this charge in a time.</summary>
    public static Current operator /(ElectricCharge charge, Duration duration) => Current.FromAmperes(charge._si / duration.Seconds);
}
