using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Transport;

public class AtpHydrolysisTests
{
    [Fact]
    public void Human_erythrocyte_ATP_free_energy_is_about_minus_52_kJ_per_mole()
    {
        // Nelson & Cox, Lehninger Principles of Biochemistry (4th ed., 2005), ch. 13, the worked example on the actual
        // free energy of ATP hydrolysis in human erythrocytes, with its table of adenine nucleotide concentrations:
        // erythrocyte [ATP] 2.25 mM, [ADP] 0.25 mM, [Pᵢ] 1.65 mM, 25 °C, ΔG°′ = −30.5 kJ/mol ⇒ ΔG_p ≈ −52 kJ/mol.
        var g = AtpHydrolysis.FreeEnergy(
            AtpHydrolysis.StandardFreeEnergy,
            Concentration.FromMillimolar(2.25),
            Concentration.FromMillimolar(0.25),
            Concentration.FromMillimolar(1.65),
            Temperature.FromDegreesCelsius(25));
        Assert.InRange(g.KilojoulesPerMole, -52.5, -51.5);
        var byHand = -30_500 + (8.31446261815324 * 298.15 * Math.Log(0.25e-3 * 1.65e-3 / 2.25e-3));
        Assert.Equal(byHand, g.JoulesPerMole, 8);
    }

    [Fact]
    public void At_standard_concentrations_it_is_the_standard_value()
    {
        var one = Concentration.FromMolar(1);
        Assert.Equal(AtpHydrolysis.StandardFreeEnergy, AtpHydrolysis.FreeEnergy(AtpHydrolysis.StandardFreeEnergy, one, one, one, Temperature.Body));
    }

    [Fact]
    public void Rejects_a_zero_concentration_naming_it()
    {
        var c = Concentration.FromMillimolar(1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            AtpHydrolysis.FreeEnergy(AtpHydrolysis.StandardFreeEnergy, c, Concentration.Zero, c, Temperature.Body));
        Assert.Equal("adp", e.ParamName);
    }
}
