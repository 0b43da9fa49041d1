using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// Declares one unit of a quantity: si = value × <see cref="SiPerUnit"/> + <see cref="Offset"/>. The first unit declared
/// is the display unit. Every unit gets a <c>From{Name}</c> factory and a <c>{Name}</c> property, written by the build
/// (so no unit can be parsed and printed but not created or read in code), and is accepted when parsing.
/// </summary>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
internal sealed class UnitAttribute : Attribute
{
    /// <summary>Declares a unit.</summary>
    /// <param name="symbol">The symbol as printed, e.g. "mV".</param>
    /// <param name="siPerUnit">How many SI units one of this unit is, e.g. 1e-3 for mV.</param>
    /// <param name="name">The plural name for the factory and property, e.g. "Millivolts".</param>
    public UnitAttribute(string symbol, double siPerUnit, string name)
    {
        Symbol = symbol;
        SiPerUnit = siPerUnit;
        Name = name;
    }

    /// <summary>The symbol as printed.</summary>
    public string Symbol { get; }

    /// <summary>How many SI units one of this unit is.</summary>
    public double SiPerUnit { get; }

    /// <summary>The plural name for the factory and property.</summary>
    public string Name { get; }

    /// <summary>The SI value of this unit's zero (273.15 for °C); 0 for all but affine units.</summary>
    public double Offset { get; init; }

    /// <summary>True when the symbol is written before the number, as in "pH 7.4".</summary>
    public bool IsPrefix { get; init; }

    /// <summary>Other spellings accepted when parsing.</summary>
    public string[] Aliases { get; init; } = [];
}
