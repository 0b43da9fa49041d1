using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A capacitance per unit membrane area (about 1 µF/cm² for biological membranes).
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in F/m²; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (µF/cm²) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("F/m²")]
public readonly partial struct SpecificCapacitance
{
    private static readonly QuantityUnit[] Units =
    [
        new("µF/cm²", 1e-2),
        new("F/m²", 1),
        new("fF/µm²", 1e-3),
    ];

    /// <summary>Creates a value from F/m².</summary>
    /// <param name="faradsPerSquareMeter">The value in F/m².</param>
    public static SpecificCapacitance FromFaradsPerSquareMeter(double faradsPerSquareMeter) => new(faradsPerSquareMeter);

    /// <summary>Creates a value from µF/cm².</summary>
    /// <param name="microfaradsPerSquareCentimeter">The value in µF/cm².</param>
    public static SpecificCapacitance FromMicrofaradsPerSquareCentimeter(double microfaradsPerSquareCentimeter) => new(microfaradsPerSquareCentimeter * 1e-2);

    /// <summary>The value in F/m².</summary>
    public double FaradsPerSquareMeter => _si;

    /// <summary>The value in µF/cm².</summary>
    public double MicrofaradsPerSquareCentimeter => _si / 1e-2;

    /// <summary>The capacitance of a membrane area.</summary>
    public static Capacitance operator *(SpecificCapacitance capacitance, Area area) => Capacitance.FromFarads(capacitance._si * area.SquareMeters);

    /// <summary>The capacitance of a membrane area.</summary>
    public static Capacitance operator *(Area area, SpecificCapacitance capacitance) => capacitance * area;
}
