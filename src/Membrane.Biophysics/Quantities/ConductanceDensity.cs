using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A conductance per unit membrane area (specific conductance), such as a maximal channel conductance ḡ.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in S/m²; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (mS/cm²) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("S/m²")]
public readonly partial struct ConductanceDensity
{
    private static readonly QuantityUnit[] Units =
    [
        new("mS/cm²", 10),
        new("S/m²", 1),
        new("S/cm²", 1e4),
        new("µS/cm²", 1e-2),
        new("pS/µm²", 1),
    ];

    /// <summary>Creates a value from S/m².</summary>
    /// <param name="siemensPerSquareMeter">The value in S/m².</param>
    public static ConductanceDensity FromSiemensPerSquareMeter(double siemensPerSquareMeter) => new(siemensPerSquareMeter);

    /// <summary>Creates a value from mS/cm².</summary>
    /// <param name="millisiemensPerSquareCentimeter">The value in mS/cm².</param>
    public static ConductanceDensity FromMillisiemensPerSquareCentimeter(double millisiemensPerSquareCentimeter) => new(millisiemensPerSquareCentimeter * 10);

    /// <summary>Creates a value from S/cm².</summary>
    /// <param name="siemensPerSquareCentimeter">The value in S/cm².</param>
    public static ConductanceDensity FromSiemensPerSquareCentimeter(double siemensPerSquareCentimeter) => new(siemensPerSquareCentimeter * 1e4);

    /// <summary>The value in S/m².</summary>
    public double SiemensPerSquareMeter => _si;

    /// <summary>The value in mS/cm².</summary>
    public double MillisiemensPerSquareCentimeter => _si / 10;

    /// <summary>The value in S/cm².</summary>
    public double SiemensPerSquareCentimeter => _si / 1e4;

    /// <summary>Ohm's law per unit area: current density at a driving force.</summary>
    public static CurrentDensity operator *(ConductanceDensity conductance, ElectricPotential drivingForce) => drivingForce * conductance;

    /// <summary>The total conductance of a membrane area.</summary>
    public static Conductance operator *(ConductanceDensity conductance, Area area) => Conductance.FromSiemens(conductance._si * area.SquareMeters);

    /// <summary>The total conductance of a membrane area.</summary>
    public static Conductance operator *(Area area, ConductanceDensity conductance) => conductance * area;
}
