using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electrical capacitance, such as a whole-cell membrane capacitance.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in F; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (pF) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("F")]
public readonly partial struct Capacitance
{
    private static readonly QuantityUnit[] Units =
    [
        new("pF", 1e-12),
        new("F", 1),
        new("µF", 1e-6),
        new("nF", 1e-9),
        new("fF", 1e-15),
    ];

    /// <summary>Creates a value from F.</summary>
    /// <param name="farads">The value in F.</param>
    public static Capacitance FromFarads(double farads) => new(farads);

    /// <summary>Creates a value from µF.</summary>
    /// <param name="microfarads">The value in µF.</param>
    public static Capacitance FromMicrofarads(double microfarads) => new(microfarads * 1e-6);

    /// <summary>Creates a value from nF.</summary>
    /// <param name="nanofarads">The value in nF.</param>
    public static Capacitance FromNanofarads(double nanofarads) => new(nanofarads * 1e-9);

    /// <summary>Creates a value from pF.</summary>
    /// <param name="picofarads">The value in pF.</param>
    public static Capacitance FromPicofarads(double picofarads) => new(picofarads * 1e-12);

    /// <summary>The value in F.</summary>
    public double Farads => _si;

    /// <summary>The value in µF.</summary>
    public double Microfarads => _si / 1e-6;

    /// <summary>The value in nF.</summary>
    public double Nanofarads => _si / 1e-9;

    /// <summary>The value in pF.</summary>
    public double Picofarads => _si / 1e-12;

    /// <summary>The charge stored at a potential, Q = C·V.</summary>
    public static ElectricCharge operator *(Capacitance capacitance, ElectricPotential potential) => potential * capacitance;

    /// <summary>The capacitance per unit of membrane area.</summary>
    public static SpecificCapacitance operator /(Capacitance capacitance, Area area) =>
        SpecificCapacitance.FromFaradsPerSquareMeter(capacitance._si / area.SquareMeters);
}
