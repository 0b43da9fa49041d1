using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A free energy per mole, such as an electrochemical potential difference Δμ̃ or the ΔG of a reaction.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in J/mol; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (kJ/mol) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("J/mol")]
public readonly partial struct MolarEnergy
{
    private static readonly QuantityUnit[] Units =
    [
        new("kJ/mol", 1e3),
        new("J/mol", 1),
        new("kcal/mol", 4184),
        new("cal/mol", 4.184),
    ];

    /// <summary>Creates a value from J/mol.</summary>
    /// <param name="joulesPerMole">The value in J/mol.</param>
    public static MolarEnergy FromJoulesPerMole(double joulesPerMole) => new(joulesPerMole);

    /// <summary>Creates a value from kJ/mol.</summary>
    /// <param name="kilojoulesPerMole">The value in kJ/mol.</param>
    public static MolarEnergy FromKilojoulesPerMole(double kilojoulesPerMole) => new(kilojoulesPerMole * 1e3);

    /// <summary>Creates a value from kcal/mol (thermochemical, 4.184 kJ/mol).</summary>
    /// <param name="kilocaloriesPerMole">The value in kcal/mol (thermochemical, 4.184 kJ/mol).</param>
    public static MolarEnergy FromKilocaloriesPerMole(double kilocaloriesPerMole) => new(kilocaloriesPerMole * 4184);

    /// <summary>The value in J/mol.</summary>
    public double JoulesPerMole => _si;

    /// <summary>The value in kJ/mol.</summary>
    public double KilojoulesPerMole => _si / 1e3;

    /// <summary>The value in kcal/mol (thermochemical, 4.184 kJ/mol).</summary>
    public double KilocaloriesPerMole => _si / 4184;
}
