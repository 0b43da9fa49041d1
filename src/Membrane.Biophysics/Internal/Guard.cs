using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// The one place argument checks are written, so every message has the same form:
/// "<c>{parameter}</c> must be {expectation}; was {value}." The form itself is <see cref="QuantityGuard.Fail"/>'s, in
/// the bottom layer, where the quantities check their own few arguments.
/// </summary>
/// <remarks>
/// <para>
/// A value out of its range throws <see cref="ArgumentOutOfRangeException"/> (the range checks below, and
/// <see cref="Fail{T}(string, T, string)"/> for a range that depends on another argument); an argument of the wrong shape or content
/// (an empty list, a species the model lacks, two spans of different length) throws <see cref="ArgumentException"/>
/// (<see cref="NotEmpty"/>, <see cref="SameLength"/>, <see cref="Invalid"/>). The value is always formatted here, in
/// the invariant culture: a call site passes the value itself, never a string it built from it.
/// </para>
/// <para>
/// The optional <c>detail</c> of a check is appended verbatim to its expectation, for what the standard text leaves
/// out: a unit, an example, the reason for the bound (<c>" (1 for no temperature dependence)"</c>).
/// </para>
/// </remarks>
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
            throw Fail(parameterName, value, $"a finite {Describe<T>()} ≥ 0");
        }
    }

    /// <summary>Requires a finite quantity (a potential, an energy).</summary>
    public static void Finite<T>(T value, string parameterName)
        where T : struct, IQuantity<T>
    {
        if (!double.IsFinite(value.SiValue))
        {
            throw Fail(parameterName, value, $"a finite {Describe<T>()}");
        }
    }

    /// <summary>Requires a finite temperature above absolute zero.</summary>
    public static void AboveAbsoluteZero(Temperature temperature, string parameterName)
    {
        if (!(temperature.Kelvins > 0 && double.IsFinite(temperature.Kelvins)))
        {
            throw QuantityGuard.Fail(parameterName, temperature.ToString("K", CultureInfo.InvariantCulture), "a finite temperature above 0 K");
        }
    }

    /// <summary>Requires a non-zero charge number (valence).</summary>
    public static void NonZeroValence(int valence, string parameterName)
    {
        if (valence == 0)
        {
            throw Fail(parameterName, valence, "a non-zero charge number (valence), e.g. +1 for Na⁺, −1 for Cl⁻, +2 for Ca²⁺");
        }
    }

    /// <summary>Requires a finite element of a span; the name "<c>{name}[{index}]</c>" is built only when it fails.</summary>
    public static void Finite<T>(T value, string spanName, int index)
        where T : struct, IQuantity<T>
    {
        if (!double.IsFinite(value.SiValue))
        {
            throw Fail(Element(spanName, index), value, $"a finite {Describe<T>()}");
        }
    }

    /// <summary>Requires a finite element of a span of plain numbers; the name is built only when it fails.</summary>
    public static void Finite(double value, string spanName, int index)
    {
        if (!double.IsFinite(value))
        {
            throw Fail(Element(spanName, index), value, "a finite number");
        }
    }

    /// <summary>Requires a finite plain number.</summary>
    public static void Finite(double value, string parameterName)
    {
        if (!double.IsFinite(value))
        {
            throw Fail(parameterName, value, "a finite number");
        }
    }

    /// <summary>Requires a finite plain number greater than zero: "a finite {what} &gt; 0{detail}".</summary>
    public static void PositiveFinite(double value, string parameterName, string what = "number", string detail = "")
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            throw Fail(parameterName, value, $"a finite {what} > 0{detail}");
        }
    }

    /// <summary>Requires a finite element of a span greater than zero; the name is built only when it fails.</summary>
    public static void PositiveFinite(double value, string spanName, int index, string what = "number", string detail = "")
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            throw Fail(Element(spanName, index), value, $"a finite {what} > 0{detail}");
        }
    }

    /// <summary>Requires a finite plain number at or above zero: "a finite {what} ≥ 0{detail}".</summary>
    public static void NonNegativeFinite(double value, string parameterName, string what = "number", string detail = "")
    {
        if (!(value >= 0 && double.IsFinite(value)))
        {
            throw Fail(parameterName, value, $"a finite {what} ≥ 0{detail}");
        }
    }

    /// <summary>Requires a plain number at or above zero, +∞ included (a tolerance): "≥ 0".</summary>
    public static void NonNegative(double value, string parameterName) => QuantityGuard.NonNegative(value, parameterName);

    /// <summary>Requires a fraction from 0 to 1, both included: "a {what} from 0 to 1{detail}".</summary>
    public static void Fraction(double value, string parameterName, string what = "fraction", string detail = "")
    {
        if (!(value >= 0 && value <= 1))
        {
            throw Fail(parameterName, value, $"a {what} from 0 to 1{detail}");
        }
    }

    /// <summary>
    /// Requires a number in the interval from <paramref name="low"/> to <paramref name="high"/>, each end included or
    /// not as <paramref name="ends"/> says: "a {what} in [low, high){detail}" (NaN always fails).
    /// </summary>
    public static void InRange(double value, double low, double high, string parameterName, Ends ends = Ends.Closed, string what = "number", string detail = "")
    {
        var aboveLow = (ends & Ends.ExcludeLow) != 0 ? value > low : value >= low;
        var belowHigh = (ends & Ends.ExcludeHigh) != 0 ? value < high : value <= high;
        if (!(aboveLow && belowHigh))
        {
            var open = (ends & Ends.ExcludeLow) != 0 ? "(" : "[";
            var close = (ends & Ends.ExcludeHigh) != 0 ? ")" : "]";
            throw Fail(parameterName, value, $"a {what} in {open}{Format(low)}, {Format(high)}{close}{detail}");
        }
    }

    /// <summary>Requires <paramref name="value"/> ≥ <paramref name="minimum"/>: "at least {minimum}{ what}{detail}" (NaN fails).</summary>
    public static void AtLeast<T>(T value, T minimum, string parameterName, string? what = null, string detail = "")
        where T : INumber<T>
    {
        if (!(value >= minimum))
        {
            throw Fail(parameterName, value, $"at least {Format(minimum)}{Noun(what)}{detail}");
        }
    }

    /// <summary>Requires <paramref name="value"/> ≤ <paramref name="maximum"/>: "at most {maximum}{ what}{detail}" (NaN fails).</summary>
    public static void AtMost<T>(T value, T maximum, string parameterName, string? what = null, string detail = "")
        where T : INumber<T>
    {
        if (!(value <= maximum))
        {
            throw Fail(parameterName, value, $"at most {Format(maximum)}{Noun(what)}{detail}");
        }
    }

    /// <summary>Requires <paramref name="value"/> &gt; <paramref name="bound"/>: "a {what} &gt; {bound}{detail}" (NaN fails).</summary>
    public static void GreaterThan<T>(T value, T bound, string parameterName, string what = "number", string detail = "")
        where T : INumber<T>
    {
        if (!(value > bound))
        {
            throw Fail(parameterName, value, $"a {what} > {Format(bound)}{detail}");
        }
    }

    /// <summary>Requires <paramref name="value"/> &lt; <paramref name="bound"/>: "a {what} &lt; {bound}{detail}" (NaN fails).</summary>
    public static void LessThan<T>(T value, T bound, string parameterName, string what = "number", string detail = "")
        where T : INumber<T>
    {
        if (!(value < bound))
        {
            throw Fail(parameterName, value, $"a {what} < {Format(bound)}{detail}");
        }
    }

    /// <summary>Requires an index into <paramref name="count"/> items: "a {what} index from 0 to {count − 1}"; returns it.</summary>
    public static int Index(int index, int count, string parameterName, string what)
    {
        if ((uint)index >= (uint)count)
        {
            throw Fail(parameterName, index, count > 0 ? $"a {what} index from 0 to {Format(count - 1)}" : $"a {what} index, but there are none");
        }

        return index;
    }

    /// <summary>Requires a named value of the enumeration: "one of {A, B, …}".</summary>
    public static void Defined<TEnum>(TEnum value, string parameterName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw Fail(parameterName, value, $"a defined {typeof(TEnum).Name} ({string.Join(", ", Enum.GetNames<TEnum>())})");
        }
    }

    /// <summary>Requires a collection that is not empty: "{what}; was empty." as an <see cref="ArgumentException"/>.</summary>
    public static void NotEmpty(int count, string parameterName, string what)
    {
        if (count == 0)
        {
            throw Invalid(parameterName, "empty", what);
        }
    }

    /// <summary>Requires two spans of equal length.</summary>
    public static void SameLength(int expected, int actual, string parameterName)
    {
        if (expected != actual)
        {
            throw Invalid(parameterName, Invariant($"{actual} long"), Invariant($"the same length as the inputs ({expected})"));
        }
    }

    /// <summary>Requires exactly <paramref name="expected"/> items: "{what} ({expected})", as an <see cref="ArgumentException"/>.</summary>
    public static void Count(int expected, int actual, string parameterName, string what)
    {
        if (expected != actual)
        {
            throw Invalid(parameterName, Invariant($"{actual} long"), Invariant($"{what} ({expected})"));
        }
    }

    /// <summary>Requires one of the given names (ordinal): "one of {names}"; returns the index of the one it is.</summary>
    public static int OneOf(string value, IReadOnlyList<string> names, string parameterName)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw Invalid(parameterName, $"'{value}'", $"one of {string.Join(", ", names)}");
    }

    /// <summary>
    /// The exception of a value out of its range, for a check the helpers above do not express (a bound set by another
    /// argument, a value no finite result exists for); the value is formatted here, in the invariant culture.
    /// </summary>
    public static ArgumentOutOfRangeException Fail<T>(string parameterName, T value, string expectation) =>
        QuantityGuard.Fail(parameterName, Format(value), expectation);

    /// <summary>As <see cref="Fail{T}(string, T, string)"/>, the quantity shown in <paramref name="unit"/> ("°C", "mV").</summary>
    public static ArgumentOutOfRangeException Fail<T>(string parameterName, T value, string unit, string expectation)
        where T : IFormattable => QuantityGuard.Fail(parameterName, value.ToString(unit, CultureInfo.InvariantCulture), expectation);

    /// <summary>
    /// The exception of a value out of its range where the value is described rather than printed ("empty", "null",
    /// "NoFlux at both ends"): <paramref name="description"/> is quoted as it is.
    /// </summary>
    public static ArgumentOutOfRangeException Fail(string parameterName, string description, string expectation) =>
        QuantityGuard.Fail(parameterName, description, expectation);

    /// <summary>The exception of an argument of the wrong shape or content, in the same form, value formatted here.</summary>
    public static ArgumentException Invalid<T>(string parameterName, T value, string expectation) =>
        Invalid(parameterName, Format(value), expectation);

    /// <summary>The exception of an argument of the wrong shape or content, the value described ("empty", "Na⁺ twice").</summary>
    public static ArgumentException Invalid(string parameterName, string description, string expectation) =>
        new($"{parameterName} must be {expectation}; was {description}.", parameterName);

    /// <summary>
    /// <paramref name="inner"/> again, its message prefixed by where it happened ("Sample 5: …"), its parameter kept:
    /// for a batch that reports which of its items failed.
    /// </summary>
    public static ArgumentException Within(ArgumentException inner, string where) =>
        new($"{where}: {inner.Message}", inner.ParamName, inner);

    /// <summary>Formats a value the way every message shows it: invariant culture, the quantity's unit, doubles round-trip.</summary>
    public static string Format<T>(T value) => value switch
    {
        null => "null",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>"{name}[{index}]", the name of an element of a span or a list.</summary>
    public static string Element(string name, int index) => Invariant($"{name}[{index}]");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Noun(string? what) => what is null ? string.Empty : " " + what;

    private static string Describe<T>()
        where T : struct, IQuantity<T> => T.QuantityName;
}

/// <summary>Which ends of an interval <see cref="Guard.InRange"/> excludes.</summary>
[Flags]
internal enum Ends
{
    /// <summary>[low, high]: both ends included.</summary>
    Closed = 0,

    /// <summary>(low, high]: low excluded.</summary>
    ExcludeLow = 1,

    /// <summary>[low, high): high excluded.</summary>
    ExcludeHigh = 2,

    /// <summary>(low, high): both excluded.</summary>
    Open = ExcludeLow | ExcludeHigh,
}
