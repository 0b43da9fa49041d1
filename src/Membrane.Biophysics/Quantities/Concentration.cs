using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An amount-of-substance concentration. 1 mol/m³ is exactly 1 mM, the unit physiologists use.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in mol/m³; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("mol/m³")]
public readonly partial struct Concentration
{
    private static readonly QuantityUnit[] Units =
    [
        new("mM", 1, 0, "mmol/L", "mmol/l"),
        new("M", 1e3, 0, "mol/L", "mol/l"),
        new("µM", 1e-3, 0, "µmol/L"),
        new("nM", 1e-6, 0, "nmol/L"),
        new("pM", 1e-9),
        new("mol/m³", 1),
    ];

    /// <summary>Creates a concentration from millimolar (mM = mmol/L = mol/m³).</summary>
    /// <param name="millimolar">The value in mM.</param>
    public static Concentration FromMillimolar(double millimolar) => new(millimolar);

    /// <summary>Creates a concentration from molar (M = mol/L).</summary>
    /// <param name="molar">The value in M.</param>
    public static Concentration FromMolar(double molar) => new(molar * 1e3);

    /// <summary>Creates a concentration from micromolar.</summary>
    /// <param name="micromolar">The value in µM.</param>
    public static Concentration FromMicromolar(double micromolar) => new(micromolar * 1e-3);

    /// <summary>Creates a concentration from nanomolar.</summary>
    /// <param name="nanomolar">The value in nM.</param>
    public static Concentration FromNanomolar(double nanomolar) => new(nanomolar * 1e-6);

    /// <summary>Creates a concentration from mol/m³ (identical to mM).</summary>
    /// <param name="molesPerCubicMeter">The value in mol/m³.</param>
    public static Concentration FromMolesPerCubicMeter(double molesPerCubicMeter) => new(molesPerCubicMeter);

    /// <summary>The value in millimolar.</summary>
    public double Millimolar => _si;

    /// <summary>The value in molar.</summary>
    public double Molar => _si / 1e3;

    /// <summary>The value in micromolar.</summary>
    public double Micromolar => _si / 1e-3;

    /// <summary>The value in nanomolar.</summary>
    public double Nanomolar => _si / 1e-6;

    /// <summary>The value in mol/m³ (identical to mM).</summary>
    public double MolesPerCubicMeter => _si;

    /// <summary>The amount of substance in a volume, n = c·V.</summary>
    public static AmountOfSubstance operator *(Concentration concentration, Volume volume) => AmountOfSubstance.FromMoles(concentration._si * volume.CubicMeters);

    /// <summary>The amount of substance in a volume, n = c·V.</summary>
    public static AmountOfSubstance operator *(Volume volume, Concentration concentration) => concentration * volume;

    /// <summary>The flux carried by a permeability across a concentration, J = P·c.</summary>
    public static MolarFlux operator *(Concentration concentration, Permeability permeability) =>
        MolarFlux.FromMolesPerSquareMeterSecond(concentration._si * permeability.MetersPerSecond);
}
