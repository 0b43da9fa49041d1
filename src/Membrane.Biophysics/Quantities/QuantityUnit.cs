using System;
using System.Collections.Generic;
using System.Linq;

namespace Membrane.Biophysics.Quantities;

/// <summary>One unit of a quantity: its symbol and how it maps to SI (si = value × <see cref="SiPerUnit"/> + <see cref="Offset"/>).</summary>
internal sealed class QuantityUnit
{
    /// <summary>Defines a unit.</summary>
    /// <param name="symbol">The symbol as written, e.g. "mV".</param>
    /// <param name="siPerUnit">How many SI units one of this unit is, e.g. 1e-3 for mV.</param>
    /// <param name="offset">The SI value of this unit's zero, e.g. 273.15 for °C; 0 for all but affine units.</param>
    /// <param name="aliases">Other spellings accepted when parsing (never used for formatting).</param>
    public QuantityUnit(string symbol, double siPerUnit, double offset = 0, params string[] aliases)
    {
        Symbol = symbol;
        SiPerUnit = siPerUnit;
        Offset = offset;
        Spellings = Expand(aliases.Prepend(symbol)).OrderByDescending(s => s.Length).ToArray();
    }

    /// <summary>The symbol used for formatting.</summary>
    public string Symbol { get; }

    /// <summary>How many SI units one of this unit is.</summary>
    public double SiPerUnit { get; }

    /// <summary>The SI value of this unit's zero.</summary>
    public double Offset { get; }

    /// <summary>True when the symbol is written before the number, as in "pH 7.4".</summary>
    public bool IsPrefix { get; init; }

    /// <summary>Every spelling accepted when parsing, longest first: the symbol, the aliases, and their ASCII forms.</summary>
    public IReadOnlyList<string> Spellings { get; }

    /// <summary>True when this unit is the SI unit itself.</summary>
    public bool IsSi => SiPerUnit == 1 && Offset == 0;

    /// <summary>Converts an SI value to this unit.</summary>
    public double FromSi(double si) => Offset == 0 ? si / SiPerUnit : (si - Offset) / SiPerUnit;

    /// <summary>Converts a value in this unit to SI.</summary>
    public double ToSi(double value) => Offset == 0 ? value * SiPerUnit : (value * SiPerUnit) + Offset;

    // Users type "uM", "mS/cm2", "m^2/s", "μM" (Greek mu) and "mol/m3": accept them all.
    private static IEnumerable<string> Expand(IEnumerable<string> spellings)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in spellings)
        {
            foreach (var micro in new[] { s, s.Replace('µ', 'u'), s.Replace('µ', 'μ') })
            {
                result.Add(micro);
                result.Add(micro.Replace("²", "2", StringComparison.Ordinal).Replace("³", "3", StringComparison.Ordinal));
                result.Add(micro.Replace("²", "^2", StringComparison.Ordinal).Replace("³", "^3", StringComparison.Ordinal));
                result.Add(micro.Replace('·', '*'));
                result.Add(micro.Replace("·", string.Empty, StringComparison.Ordinal));
            }
        }

        return result;
    }
}
