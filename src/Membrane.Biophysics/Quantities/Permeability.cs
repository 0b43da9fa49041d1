using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A membrane permeability coefficient P (as in the Goldman–Hodgkin–Katz equations), a velocity.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in m/s; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (cm/s) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("m/s")]
public readonly partial struct Permeability
{
    private static readonly QuantityUnit[] Units =
    [
        new("cm/s", 1e-2),
        new("m/s", 1),
        new("µm/s", 1e-6),
        new("nm/s", 1e-9),
    ];

    /// <summary>Creates a value from m/s.</summary>
    /// <param name="metersPerSecond">The value in m/s.</param>
    public static Permeability FromMetersPerSecond(double metersPerSecond) => new(metersPerSecond);

    /// <summary>Creates a value from cm/s.</summary>
    /// <param name="centimetersPerSecond">The value in cm/s.</param>
    public static Permeability FromCentimetersPerSecond(double centimetersPerSecond) => new(centimetersPerSecond * 1e-2);

    /// <summary>Creates a value from µm/s.</summary>
    /// <param name="micrometersPerSecond">The value in µm/s.</param>
    public static Permeability FromMicrometersPerSecond(double micrometersPerSecond) => new(micrometersPerSecond * 1e-6);

    /// <summary>The value in m/s.</summary>
    public double MetersPerSecond => _si;

    /// <summary>The value in cm/s.</summary>
    public double CentimetersPerSecond => _si / 1e-2;

    /// <summary>The value in µm/s.</summary>
    public double MicrometersPerSecond => _si / 1e-6;

    /// <summary>The flux carried by this permeability across a concentration, J = P·c.</summary>
    public static MolarFlux operator *(Permeability permeability, Concentration concentration) => concentration * permeability;
}
