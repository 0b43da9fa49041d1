using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A length: a membrane thickness, a cell radius, a cable segment.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in m; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (µm) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("m")]
public readonly partial struct Length
{
    private static readonly QuantityUnit[] Units =
    [
        new("µm", 1e-6),
        new("m", 1),
        new("cm", 1e-2),
        new("mm", 1e-3),
        new("nm", 1e-9),
        new("Å", 1e-10),
    ];

    /// <summary>Creates a value from m.</summary>
    /// <param name="meters">The value in m.</param>
    public static Length FromMeters(double meters) => new(meters);

    /// <summary>Creates a value from cm.</summary>
    /// <param name="centimeters">The value in cm.</param>
    public static Length FromCentimeters(double centimeters) => new(centimeters * 1e-2);

    /// <summary>Creates a value from mm.</summary>
    /// <param name="millimeters">The value in mm.</param>
    public static Length FromMillimeters(double millimeters) => new(millimeters * 1e-3);

    /// <summary>Creates a value from µm.</summary>
    /// <param name="micrometers">The value in µm.</param>
    public static Length FromMicrometers(double micrometers) => new(micrometers * 1e-6);

    /// <summary>Creates a value from nm.</summary>
    /// <param name="nanometers">The value in nm.</param>
    public static Length FromNanometers(double nanometers) => new(nanometers * 1e-9);

    /// <summary>The value in m.</summary>
    public double Meters => _si;

    /// <summary>The value in cm.</summary>
    public double Centimeters => _si / 1e-2;

    /// <summary>The value in mm.</summary>
    public double Millimeters => _si / 1e-3;

    /// <summary>The value in µm.</summary>
    public double Micrometers => _si / 1e-6;

    /// <summary>The value in nm.</summary>
    public double Nanometers => _si / 1e-9;

    /// <summary>The area of a rectangle.</summary>
    public static Area operator *(Length left, Length right) => Area.FromSquareMeters(left._si * right._si);
}
