using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A difference of two temperatures (1 K = 1 °C of difference).
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in K; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (K) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("K")]
public readonly partial struct TemperatureDifference
{
    private static readonly QuantityUnit[] Units =
    [
        new("K", 1, 0, "°C", "C"),
    ];

    /// <summary>Creates a value from K.</summary>
    /// <param name="kelvins">The value in K.</param>
    public static TemperatureDifference FromKelvins(double kelvins) => new(kelvins);

    /// <summary>Creates a value from °C of difference.</summary>
    /// <param name="degreesCelsius">The value in °C of difference.</param>
    public static TemperatureDifference FromDegreesCelsius(double degreesCelsius) => new(degreesCelsius);

    /// <summary>The value in K.</summary>
    public double Kelvins => _si;

    /// <summary>The value in °C of difference.</summary>
    public double DegreesCelsius => _si;
}
