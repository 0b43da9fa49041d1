using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A molar conductivity, such as an ion's limiting molar conductivity λ° at infinite dilution.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in S·m²/mol; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (S·cm²/mol) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("S·m²/mol")]
public readonly partial struct MolarConductivity
{
    private static readonly QuantityUnit[] Units =
    [
        new("S·cm²/mol", 1e-4),
        new("S·m²/mol", 1),
        new("mS·m²/mol", 1e-3),
    ];

    /// <summary>Creates a value from S·m²/mol.</summary>
    /// <param name="siemensSquareMetersPerMole">The value in S·m²/mol.</param>
    public static MolarConductivity FromSiemensSquareMetersPerMole(double siemensSquareMetersPerMole) => new(siemensSquareMetersPerMole);

    /// <summary>Creates a value from S·cm²/mol.</summary>
    /// <param name="siemensSquareCentimetersPerMole">The value in S·cm²/mol.</param>
    public static MolarConductivity FromSiemensSquareCentimetersPerMole(double siemensSquareCentimetersPerMole) => new(siemensSquareCentimetersPerMole * 1e-4);

    /// <summary>The value in S·m²/mol.</summary>
    public double SiemensSquareMetersPerMole => _si;

    /// <summary>The value in S·cm²/mol.</summary>
    public double SiemensSquareCentimetersPerMole => _si / 1e-4;
}
