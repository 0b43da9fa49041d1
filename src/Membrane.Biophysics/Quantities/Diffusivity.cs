using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A diffusion coefficient D.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in m²/s; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (µm²/ms) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("m²/s")]
public readonly partial struct Diffusivity
{
    private static readonly QuantityUnit[] Units =
    [
        new("µm²/ms", 1e-9),
        new("m²/s", 1),
        new("cm²/s", 1e-4),
        new("µm²/s", 1e-12),
        new("mm²/s", 1e-6),
    ];

    /// <summary>Creates a value from m²/s.</summary>
    /// <param name="squareMetersPerSecond">The value in m²/s.</param>
    public static Diffusivity FromSquareMetersPerSecond(double squareMetersPerSecond) => new(squareMetersPerSecond);

    /// <summary>Creates a value from cm²/s.</summary>
    /// <param name="squareCentimetersPerSecond">The value in cm²/s.</param>
    public static Diffusivity FromSquareCentimetersPerSecond(double squareCentimetersPerSecond) => new(squareCentimetersPerSecond * 1e-4);

    /// <summary>Creates a value from µm²/ms.</summary>
    /// <param name="squareMicrometersPerMillisecond">The value in µm²/ms.</param>
    public static Diffusivity FromSquareMicrometersPerMillisecond(double squareMicrometersPerMillisecond) => new(squareMicrometersPerMillisecond * 1e-9);

    /// <summary>The value in m²/s.</summary>
    public double SquareMetersPerSecond => _si;

    /// <summary>The value in cm²/s.</summary>
    public double SquareCentimetersPerSecond => _si / 1e-4;

    /// <summary>The value in µm²/ms.</summary>
    public double SquareMicrometersPerMillisecond => _si / 1e-9;

    /// <summary>The velocity D/L, the permeability of a layer of thickness L with partition coefficient 1.</summary>
    public static Permeability operator /(Diffusivity diffusivity, Length thickness) => Permeability.FromMetersPerSecond(diffusivity._si / thickness.Meters);
}
