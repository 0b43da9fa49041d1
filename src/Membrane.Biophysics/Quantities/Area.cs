using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An area, such as a membrane area.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in m²; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (µm²) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("m²")]
public readonly partial struct Area
{
    private static readonly QuantityUnit[] Units =
    [
        new("µm²", 1e-12),
        new("m²", 1),
        new("cm²", 1e-4),
        new("mm²", 1e-6),
        new("nm²", 1e-18),
    ];

    /// <summary>Creates a value from m².</summary>
    /// <param name="squareMeters">The value in m².</param>
    public static Area FromSquareMeters(double squareMeters) => new(squareMeters);

    /// <summary>Creates a value from cm².</summary>
    /// <param name="squareCentimeters">The value in cm².</param>
    public static Area FromSquareCentimeters(double squareCentimeters) => new(squareCentimeters * 1e-4);

    /// <summary>Creates a value from µm².</summary>
    /// <param name="squareMicrometers">The value in µm².</param>
    public static Area FromSquareMicrometers(double squareMicrometers) => new(squareMicrometers * 1e-12);

    /// <summary>The value in m².</summary>
    public double SquareMeters => _si;

    /// <summary>The value in cm².</summary>
    public double SquareCentimeters => _si / 1e-4;

    /// <summary>The value in µm².</summary>
    public double SquareMicrometers => _si / 1e-12;

    /// <summary>The volume of a prism.</summary>
    public static Volume operator *(Area area, Length length) => Volume.FromCubicMeters(area._si * length.Meters);

    /// <summary>The other side of a rectangle.</summary>
    public static Length operator /(Area area, Length length) => Length.FromMeters(area._si / length.Meters);
}
