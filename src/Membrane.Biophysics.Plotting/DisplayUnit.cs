using System;

namespace Membrane.Biophysics.Plotting;

/// <summary>
/// The unit a recorded quantity is drawn in: from its SI unit and its largest magnitude, the unit a physiologist
/// reads it in (mV, mM or µM or nM, pL or fL, kJ/mol, µA/cm², pmol/(cm²·s), pH), so that a panel's tick labels are
/// between about 0.1 and 1000. Unknown SI units are drawn as they are.
/// </summary>
/// <param name="Symbol">The unit's symbol.</param>
/// <param name="SiPerUnit">How many SI units one of it is (1 mM = 1 mol/m³; 1 mV = 10⁻³ V).</param>
internal readonly record struct DisplayUnit(string Symbol, double SiPerUnit)
{
    /// <summary>The unit to draw values of <paramref name="siUnit"/> up to <paramref name="largestMagnitude"/> in.</summary>
    public static DisplayUnit For(string siUnit, double largestMagnitude) => siUnit switch
    {
        "V" => new("mV", 1e-3),
        "mol/m³" => Pick(largestMagnitude, ("mM", 1), ("µM", 1e-3), ("nM", 1e-6)),
        "m³" => Pick(largestMagnitude, ("pL", 1e-15), ("fL", 1e-18)),
        "J/mol" => new("kJ/mol", 1e3),
        "A/m²" => Pick(largestMagnitude, ("µA/cm²", 1e-2), ("nA/cm²", 1e-5)),
        "mol/(m²·s)" => Pick(largestMagnitude, ("nmol/(cm²·s)", 1e-5), ("pmol/(cm²·s)", 1e-8), ("fmol/(cm²·s)", 1e-11)),
        _ => new(siUnit, 1),
    };

    /// <summary>The first (largest) unit in which the magnitude is at least 0.1; the smallest when none is.</summary>
    private static DisplayUnit Pick(double largestMagnitude, params (string Symbol, double SiPerUnit)[] units)
    {
        foreach (var (symbol, size) in units)
        {
            if (largestMagnitude / size >= 0.1)
            {
                return new(symbol, size);
            }
        }

        var (last, lastSize) = units[^1];
        return new(last, lastSize);
    }

    /// <summary>The value of <paramref name="siValue"/> in this unit.</summary>
    public double From(double siValue) => siValue / SiPerUnit;

    /// <summary>What a quantity of <paramref name="siUnit"/> is, for an axis whose quantities are too many to list.</summary>
    public static string Kind(string siUnit) => siUnit switch
    {
        "V" => "potential",
        "mol/m³" => "concentration",
        "m³" => "volume",
        "J/mol" => "free energy",
        "A/m²" => "current density",
        "mol/(m²·s)" => "flux",
        "pH" => "pH",
        "1" => "fraction",
        _ => "value",
    };

    /// <inheritdoc/>
    public override string ToString() => Symbol;

    internal static double Magnitude(double value) => double.IsFinite(value) ? Math.Abs(value) : 0;
}
