using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A free energy per mole, such as an electrochemical potential difference Δμ̃ or the ΔG of a reaction.
/// </summary>
[Quantity("J/mol")]
[Unit("kJ/mol", 1e3, "KilojoulesPerMole")]
[Unit("J/mol", 1, "JoulesPerMole")]
[Unit("kcal/mol", 4184, "KilocaloriesPerMole")]
[Unit("cal/mol", 4.184, "CaloriesPerMole")]
public readonly partial struct MolarEnergy
{
    /// <summary>The mean gradient of a molar energy difference across a distance, Δμ/Δx.</summary>
    public static MolarEnergyGradient operator /(MolarEnergy difference, Length distance) =>
        MolarEnergyGradient.FromJoulesPerMoleMeter(difference._si / distance.Meters);
}
