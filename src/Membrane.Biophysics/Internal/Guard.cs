using System;
using System.Globalization;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// The one place argument checks are written, so every message has the same form:
/// "<c>{parameter}</c> must be {expectation}; was {value}." The form itself is <see cref="QuantityGuard.Fail"/>'s, in
/// the bottom layer, where the quantities check their own few arguments.
/// </summary>
internal static class Guard
{
    /// <summary>Requires a finite quantity greater than zero (a concentration under a logarithm, a volume, a length).</summary>
    public static void PositiveFinite<T>(T value, string parameterName)
        where T : struct, IQuantity<T> => QuantityGuard.PositiveFinite(value, parameterName);

    /// <summary>Requires a finite quantity at or above zero (a permeability, a conductance).</summary>
    public static void NonNegativeFinite<T>(T value, string parameterName)
        where T : struct, IQuantity<T>
    {
        if (!(value.SiValue >= 0 && double.IsFinite(value.SiValue)))
        {
            throw Fail(parameterName, value.ToString(null, CultureInfo.InvariantCulture), $"a finite {Describe<T>()} ≥ 0");
        }
    }

    /// <summary>Requires a finite quantity (a potential, an energy).</summary>
    public static void Finite<T>(T value, string parameterName)
        where T : struct, IQuantity<T>
    {
        if (!double.IsFinite(value.SiValue))
        {
            throw Fail(parameterName, value.ToString(null, CultureInfo.InvariantCulture), $"a finite {Describe<T>()}");
        }
    }

    /// <summary>Requires a finite temperature above absolute zero.</summary>
    public static void AboveAbsoluteZero(Temperature temperature, string parameterName)
    {
        if (!(temperature.Kelvins > 0 && double.IsFinite(temperature.Kelvins)))
        {
            throw Fail(parameterName, temperature.ToString("K", CultureInfo.InvariantCulture), "a finite temperature above 0 K");
        }
    }

    /// <summary>Requires a non-zero charge number (valence).</summary>
    public static void NonZeroValence(int valence, string parameterName)
    {
        if (valence == 0)
        {
            throw Fail(parameterName, "0", "a non-zero charge number (valence), e.g. +1 for Na⁺, −1 for Cl⁻, +2 for Ca²⁺");
        }
    }

    /// <summary>Requires a finite element of a span; the name "<c>{name}[{index}]</c>" is built only when it fails.</summary>
    public static void Finite<T>(T value, string spanName, int index)
        where T : struct, IQuantity<T>
    {
        if (!double.IsFinite(value.SiValue))
        {
            throw Fail($"{spanName}[{index}]", value.ToString(null, CultureInfo.InvariantCulture), $"a finite {Describe<T>()}");
        }
    }

    /// <summary>Requires a finite element of a span of plain numbers; the name is built only when it fails.</summary>
    public static void Finite(double value, string spanName, int index)
    {
        if (!double.IsFinite(value))
        {
            throw Fail($"{spanName}[{index}]", value.ToString(CultureInfo.InvariantCulture), "a finite number");
        }
    }

    /// <summary>Requires a finite plain number.</summary>
    public static void Finite(double value, string parameterName)
    {
        if (!double.IsFinite(value))
        {
            throw Fail(parameterName, value.ToString(CultureInfo.InvariantCulture), "a finite number");
        }
    }

    /// <summary>Requires two spans of equal length.</summary>
    public static void SameLength(int expected, int actual, string parameterName)
    {
        if (expected != actual)
        {
            throw new ArgumentException(
                $"{parameterName} must have the same length as the inputs ({expected}); was {actual}.", parameterName);
        }
    }

    /// <summary>Builds the exception every check throws.</summary>
    public static ArgumentOutOfRangeException Fail(string parameterName, string value, string expectation) =>
        QuantityGuard.Fail(parameterName, value, expectation);

    private static string Describe<T>()
        where T : struct, IQuantity<T> => T.QuantityName;
}
