using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Transport;

/// <summary>
/// The free energy of ATP hydrolysis, ATP + H₂O → ADP + Pᵢ, at the concentrations of a compartment:
/// ΔG_ATP = ΔG°′ + RT ln([ADP][Pᵢ]/[ATP]), each concentration relative to the 1 M standard state.
/// </summary>
/// <remarks>
/// Sources: Alberty, R. A. (2003) <i>Thermodynamics of Biochemical Reactions</i>, Wiley, ch. 4 (apparent equilibrium
/// constants and transformed Gibbs energies at given pH and pMg); Nicholls, D. G. and Ferguson, S. J. (2013)
/// <i>Bioenergetics 4</i>, Academic Press, ch. 3 (the "phosphorylation potential" ΔG_p = −ΔG_ATP). The standard
/// transformed value ΔG°′ ≈ −30.5 kJ/mol (pH 7, 25 °C, about 1 mM free Mg²⁺) is the textbook figure (Berg, J. M.,
/// Tymoczko, J. L. and Stryer, L. (2002) <i>Biochemistry</i>, 5th ed., ch. 14); it moves by several kJ/mol with pH,
/// Mg²⁺ and ionic strength (Alberty), so pass the value for your conditions. Typical cytosolic ΔG_ATP is −50 to
/// −60 kJ/mol (Nicholls and Ferguson, ch. 3). Water's activity is taken as 1.
/// </remarks>
public static class AtpHydrolysis
{
    /// <summary>ATP + H₂O → ADP + Pᵢ, the reaction the Na⁺/K⁺-ATPase, V-ATPases and Ca²⁺ pumps couple to (and ATP synthases run backwards).</summary>
    public static ChemicalReaction Reaction { get; } = new("ATP hydrolysis", "ATP + H₂O → ADP + Pᵢ");

    /// <summary>ΔG°′ = −30.5 kJ/mol, the textbook standard transformed free energy at pH 7, 25 °C (see the class remarks).</summary>
    public static MolarEnergy StandardFreeEnergy { get; } = MolarEnergy.FromKilojoulesPerMole(-30.5);

    /// <summary>ΔG_ATP = ΔG°′ + RT ln([ADP][Pᵢ]/[ATP]) with concentrations in M (1 M standard state).</summary>
    /// <param name="standardFreeEnergy">ΔG°′ at the pH and Mg²⁺ of interest, e.g. <see cref="StandardFreeEnergy"/>; finite.</param>
    /// <param name="atp">[ATP]; finite and &gt; 0.</param>
    /// <param name="adp">[ADP] (free); finite and &gt; 0.</param>
    /// <param name="phosphate">[Pᵢ]; finite and &gt; 0.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A concentration ≤ 0, NaN or infinite; a non-finite ΔG°′; T ≤ 0 K.</exception>
    public static MolarEnergy FreeEnergy(
        MolarEnergy standardFreeEnergy,
        Concentration atp,
        Concentration adp,
        Concentration phosphate,
        Temperature temperature,
        ConstantSet? constants = null)
    {
        Guard.Finite(standardFreeEnergy, nameof(standardFreeEnergy));
        Guard.PositiveFinite(atp, nameof(atp));
        Guard.PositiveFinite(adp, nameof(adp));
        Guard.PositiveFinite(phosphate, nameof(phosphate));
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        var rt = (constants ?? ConstantSet.Si2019).MolarGasConstant * temperature.Kelvins;
        var logQuotient = System.Math.Log(adp.Molar) + System.Math.Log(phosphate.Molar) - System.Math.Log(atp.Molar);
        return MolarEnergy.FromJoulesPerMole(standardFreeEnergy.JoulesPerMole + (rt * logQuotient));
    }
}
