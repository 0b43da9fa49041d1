using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An absolute (thermodynamic) temperature. Every law of this library takes one explicitly: there is no default.
/// Use the named presets <see cref="Squid"/>, <see cref="Room"/> and <see cref="Body"/>, or <see cref="FromDegreesCelsius"/>.
/// <para>
/// Stored as one <see cref="double"/> in kelvin; the default value is 0 K, which every law rejects.
/// Immutable and thread-safe. Temperature is affine: a difference of two temperatures is a
/// <see cref="TemperatureDifference"/> and two temperatures cannot be added. Prints in °C with the invariant culture;
/// parses "37 °C", "37 C", "37 degC" and "310.15 K". NaN and infinities are stored as given.
/// </para>
/// </summary>
[Quantity("K", Additive = false)]
[Unit("°C", 1, "DegreesCelsius", Offset = ZeroCelsiusInKelvins, Aliases = ["C", "degC", "ºC", "℃"])]
[Unit("K", 1, "Kelvins")]
public readonly partial struct Temperature
{
    /// <summary>0 °C in kelvin (exact, by the definition of the Celsius scale).</summary>
    public const double ZeroCelsiusInKelvins = 273.15;

    /// <summary>6.3 °C, the temperature of Hodgkin and Huxley's squid-axon experiments (1952) and NEURON's default <c>celsius</c>.</summary>
    public static Temperature Squid => FromDegreesCelsius(6.3);

    /// <summary>22 °C, a typical laboratory room temperature for slice and culture recordings.</summary>
    public static Temperature Room => FromDegreesCelsius(22);

    /// <summary>37 °C, mammalian core body temperature.</summary>
    public static Temperature Body => FromDegreesCelsius(37);

    /// <summary>True when the two temperatures differ by at most <paramref name="tolerance"/>.</summary>
    /// <param name="other">The temperature to compare with.</param>
    /// <param name="tolerance">A non-negative tolerance.</param>
    public bool IsApproximately(Temperature other, TemperatureDifference tolerance) => QuantityMath.IsWithin(_si, other._si, tolerance.Kelvins);

    /// <summary>The difference of two temperatures.</summary>
    public static TemperatureDifference operator -(Temperature left, Temperature right) => TemperatureDifference.FromKelvins(left._si - right._si);

    /// <summary>A temperature raised by a difference.</summary>
    public static Temperature operator +(Temperature temperature, TemperatureDifference difference) => new(temperature._si + difference.Kelvins);

    /// <summary>A temperature lowered by a difference.</summary>
    public static Temperature operator -(Temperature temperature, TemperatureDifference difference) => new(temperature._si - difference.Kelvins);
}
