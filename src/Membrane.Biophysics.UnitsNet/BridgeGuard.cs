using System;
using System.Globalization;
using Membrane.Biophysics.Quantities;
using UN = UnitsNet;

namespace Membrane.Biophysics.UnitsNet;

/// <summary>
/// The two checks every conversion makes, with the library's one message form,
/// "<c>{parameter}</c> must be {expectation}; was {value}." (docs/conventions.md, "Errors").
/// </summary>
/// <remarks>
/// The core's guard is internal to the core; this package uses only the core's public surface, so that it keeps
/// working against any later core of the same major version. The form is the same, and a test holds it to the core's.
/// </remarks>
internal static class BridgeGuard
{
    /// <summary>The SI value of a library quantity, which UnitsNet can hold only when it is finite.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static double FiniteSi<T>(T quantity, string parameterName)
        where T : struct, IQuantity<T>
    {
        var si = quantity.SiValue;
        if (!double.IsFinite(si))
        {
            throw Fail(parameterName, quantity.ToString(null, CultureInfo.InvariantCulture), $"a finite {T.QuantityName}");
        }

        return si;
    }

    /// <summary>
    /// The value of a UnitsNet quantity in its SI unit <paramref name="siUnit"/>, by UnitsNet's own conversion. A UnitsNet
    /// quantity is always finite, but its conversion can overflow (1e306 km is not a finite number of metres).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value in the SI unit is not a finite double.</exception>
    public static double Si<TQuantity, TUnit>(TQuantity quantity, TUnit siUnit, string siSymbol, string parameterName)
        where TQuantity : struct, UN.IQuantity<TUnit>
        where TUnit : struct, Enum
    {
        double si;
        try
        {
            si = quantity.As(siUnit);
        }
        catch (ArgumentException)
        {
            // UnitsNet refuses to construct the overflowed value ("PositiveInfinity … is not a valid number").
            si = double.NaN;
        }

        if (!double.IsFinite(si))
        {
            // "R": the value as given, to the last digit, and UnitsNet's unit symbol ("1.7976931348623157E+308 km").
            throw Fail(parameterName, quantity.ToString("R", CultureInfo.InvariantCulture), $"finite in {siSymbol}");
        }

        return si;
    }

    /// <summary>Builds the exception every check throws, in the library's form.</summary>
    public static ArgumentOutOfRangeException Fail(string parameterName, string value, string expectation) =>
        new(parameterName, $"{parameterName} must be {expectation}; was {value}.");
}
