using System;
using System.Globalization;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// The form of every argument message in the library, "<c>{parameter}</c> must be {expectation}; was {value}.", and the
/// few checks the quantities make on their own arguments.
/// </summary>
/// <remarks>
/// Quantities is the bottom layer (docs/conventions.md, "Layers"), so it cannot call <c>Internal.Guard</c>; the form
/// is written here instead, once, and <c>Guard</c> builds its messages with <see cref="Fail"/>.
/// </remarks>
internal static class QuantityGuard
{
    /// <summary>Requires a finite quantity greater than zero (a concentration under a logarithm, a volume, a length).</summary>
    public static void PositiveFinite<T>(T value, string parameterName)
        where T : struct, IQuantity<T>
    {
        if (!(value.SiValue > 0 && double.IsFinite(value.SiValue)))
        {
            throw Fail(parameterName, value.ToString(null, CultureInfo.InvariantCulture), $"a finite {T.QuantityName} > 0");
        }
    }

    /// <summary>Requires a plain number at or above zero (+∞ included), such as a tolerance.</summary>
    public static void NonNegative(double value, string parameterName)
    {
        if (!(value >= 0))
        {
            throw Fail(parameterName, value.ToString(CultureInfo.InvariantCulture), "≥ 0");
        }
    }

    /// <summary>Builds the exception every check throws.</summary>
    public static ArgumentOutOfRangeException Fail(string parameterName, string value, string expectation) =>
        new(parameterName, $"{parameterName} must be {expectation}; was {value}.");
}
