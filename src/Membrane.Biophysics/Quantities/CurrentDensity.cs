using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electric current per unit membrane area; outward current (cations leaving) is positive.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in A/m²; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (µA/cm²) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("A/m²")]
public readonly partial struct CurrentDensity
{
    private static readonly QuantityUnit[] Units =
    [
        new("µA/cm²", 1e-2),
        new("A/m²", 1),
        new("mA/cm²", 10),
        new("nA/cm²", 1e-5),
        new("pA/µm²", 1),
        new("A/cm²", 1e4),
    ];

    /// <summary>Creates a value from A/m².</summary>
    /// <param name="amperesPerSquareMeter">The value in A/m².</param>
    public static CurrentDensity FromAmperesPerSquareMeter(double amperesPerSquareMeter) => new(amperesPerSquareMeter);

    /// <summary>Creates a value from µA/cm².</summary>
    /// <param name="microamperesPerSquareCentimeter">The value in µA/cm².</param>
    public static CurrentDensity FromMicroamperesPerSquareCentimeter(double microamperesPerSquareCentimeter) => new(microamperesPerSquareCentimeter * 1e-2);

    /// <summary>Creates a value from mA/cm².</summary>
    /// <param name="milliamperesPerSquareCentimeter">The value in mA/cm².</param>
    public static CurrentDensity FromMilliamperesPerSquareCentimeter(double milliamperesPerSquareCentimeter) => new(milliamperesPerSquareCentimeter * 10);

    /// <summary>The value in A/m².</summary>
    public double AmperesPerSquareMeter => _si;

    /// <summary>The value in µA/cm².</summary>
    public double MicroamperesPerSquareCentimeter => _si / 1e-2;

    /// <summary>The value in mA/cm².</summary>
    public double MilliamperesPerSquareCentimeter => _si / 10;

    /// <summary>The total current through a membrane area.</summary>
    public static Current operator *(CurrentDensity density, Area area) => Current.FromAmperes(density._si * area.SquareMeters);

    /// <summary>The total current through a membrane area.</summary>
    public static Current operator *(Area area, CurrentDensity density) => density * area;
}
