using System;
using System.Globalization;
using System.Linq;

namespace Membrane.Biophysics.Quantities;

/// <summary>Formatting and parsing shared by every quantity: "number unit", invariant culture unless told otherwise.</summary>
internal static class QuantityText
{
    // Six significant digits (C's %g): more than any measurement in physiology carries, short enough to read
    // ("-69.795 mV", not "-69.7950478358 mV"), and 6.3 °C (279.45 K − 273.15) prints as 6.3, not 6.30000000000001.
    // "R" gives the exact round trip.
    private const string DisplayFormat = "G6";

    /// <summary>Formats an SI value; see the quantities' <c>ToString(string, IFormatProvider)</c> for the format grammar.</summary>
    public static string Format(double si, QuantityUnit[] units, string? format, IFormatProvider? provider)
    {
        provider ??= CultureInfo.InvariantCulture;
        var unit = units[0];
        var numberFormat = DisplayFormat;
        if (format is "R" or "r")
        {
            unit = units.First(u => u.IsSi);
            numberFormat = "R";
        }
        else if (!string.IsNullOrEmpty(format) && format != "G")
        {
            var space = format.IndexOf(' ', StringComparison.Ordinal);
            var unitPart = space < 0 ? format : format[(space + 1)..];
            var found = units.FirstOrDefault(u => u.Symbol == unitPart || u.Spellings.Contains(unitPart));
            if (found is not null)
            {
                unit = found;
                numberFormat = space < 0 ? DisplayFormat : format[..space];
            }
            else if (space < 0)
            {
                numberFormat = format;
            }
            else
            {
                throw new FormatException($"Unknown unit '{unitPart}' in format '{format}': expected one of {UnitList(units)}.");
            }
        }

        var number = unit.FromSi(si).ToString(numberFormat, provider);
        if (numberFormat is not ("R" or "r"))
        {
            number = WithoutNegativeZero(number, provider);
        }

        return unit.IsPrefix ? unit.Symbol + " " + number : number + " " + unit.Symbol;
    }

    /// <summary>
    /// A number whose digits are all zero once rounded ("-0.0", "-0.00E+000"), without its minus sign: a tiny negative
    /// value rounded to zero carries no sign worth printing. The exact round-trip format ("R") keeps it.
    /// </summary>
    /// <param name="number">A formatted number.</param>
    /// <param name="provider">The culture it was formatted in (its negative sign); invariant when null.</param>
    /// <returns>The number, without a minus sign when it has digits before any exponent and all are zero (−∞ keeps its sign).</returns>
    public static string WithoutNegativeZero(string number, IFormatProvider? provider = null)
    {
        var minus = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture).NegativeSign;
        if (!number.StartsWith(minus, StringComparison.Ordinal))
        {
            return number;
        }

        var digits = false;
        foreach (var c in number)
        {
            if (c is 'E' or 'e')
            {
                break;
            }

            if (char.IsAsciiDigit(c))
            {
                if (c != '0')
                {
                    return number;
                }

                digits = true;
            }
        }

        return digits ? number[minus.Length..] : number; // no digits at all: −∞, which keeps its sign
    }

    /// <summary>Parses "number unit" to an SI value, or throws a <see cref="FormatException"/> that says what was expected.</summary>
    public static double Parse(string s, QuantityUnit[] units, string quantityName, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (TryParse(s, units, provider, out var si))
        {
            return si;
        }

        throw new FormatException(
            $"'{s}' is not a valid {quantityName}: expected a number and one of the units {UnitList(units)} (e.g. \"{Format(1, units, null, CultureInfo.InvariantCulture)}\").");
    }

    /// <summary>Tries to parse "number unit" (or "unit number" for prefix units such as pH) to an SI value.</summary>
    public static bool TryParse(string? s, QuantityUnit[] units, IFormatProvider? provider, out double si)
    {
        si = 0;
        if (s is null)
        {
            return false;
        }

        provider ??= CultureInfo.InvariantCulture;
        var text = s.Trim().Replace('\u2212', '-');
        foreach (var (unit, spelling) in units.SelectMany(u => u.Spellings.Select(sp => (u, sp))).OrderByDescending(p => p.sp.Length))
        {
            string? number = null;
            if (text.EndsWith(spelling, StringComparison.Ordinal))
            {
                number = text[..^spelling.Length];
            }
            else if (unit.IsPrefix && text.StartsWith(spelling, StringComparison.Ordinal))
            {
                number = text[spelling.Length..];
            }

            if (number is not null && number.Trim().Length > 0 &&
                double.TryParse(number, NumberStyles.Float, provider, out var value))
            {
                si = unit.ToSi(value);
                return true;
            }
        }

        return false;
    }

    private static string UnitList(QuantityUnit[] units) => string.Join(", ", units.Select(u => u.Symbol));
}
