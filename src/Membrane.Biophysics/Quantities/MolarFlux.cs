using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A flux of substance across a unit area; across a membrane, outward is positive.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in mol/(m²·s); the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (pmol/(cm²·s)) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("mol/(m²·s)")]
public readonly partial struct MolarFlux
{
    private static readonly QuantityUnit[] Units =
    [
        new("pmol/(cm²·s)", 1e-8, 0, "pmol/cm²/s"),
        new("mol/(m²·s)", 1, 0, "mol/m²/s"),
        new("mol/(cm²·s)", 1e4, 0, "mol/cm²/s"),
        new("nmol/(cm²·s)", 1e-5, 0, "nmol/cm²/s"),
    ];

    /// <summary>Creates a value from mol/(m²·s).</summary>
    /// <param name="molesPerSquareMeterSecond">The value in mol/(m²·s).</param>
    public static MolarFlux FromMolesPerSquareMeterSecond(double molesPerSquareMeterSecond) => new(molesPerSquareMeterSecond);

    /// <summary>Creates a value from pmol/(cm²·s).</summary>
    /// <param name="picomolesPerSquareCentimeterSecond">The value in pmol/(cm²·s).</param>
    public static MolarFlux FromPicomolesPerSquareCentimeterSecond(double picomolesPerSquareCentimeterSecond) => new(picomolesPerSquareCentimeterSecond * 1e-8);

    /// <summary>The value in mol/(m²·s).</summary>
    public double MolesPerSquareMeterSecond => _si;

    /// <summary>The value in pmol/(cm²·s).</summary>
    public double PicomolesPerSquareCentimeterSecond => _si / 1e-8;
}
