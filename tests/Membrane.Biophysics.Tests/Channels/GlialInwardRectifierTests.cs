using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Channels;

/// <summary>
/// The astrocyte Kir channel of Øyehaug et al. (2012): zero current at E_K, conductance ∝ √[K⁺]ₒ at fixed V and V − E_K,
/// and the currents of Halnes et al.'s (2013) <c>Kirf.m</c> (ModelDB 151945) evaluated independently in Python
/// (/usr/bin/python3, the published expressions typed from the file with its R = 8.315, F = 96500, T = 298 K).
/// </summary>
public class GlialInwardRectifierTests
{
    // Halnes et al.'s resting state: [K⁺]o 3.082, [K⁺]i 99.959 mM → E_K,ref = −89.33636 mV with their RT/F.
    private static readonly GlialInwardRectifier Halnes = new(GlialInwardRectifier.Oyehaug2012Conductance, Concentration.FromMillimolar(3.082), ElectricPotential.FromMillivolts(-89.33636403041592));

    [Theory]
    [InlineData(3.082, -83.6, -89.33636403041592, 0.09328845448515799)] // at their rest
    [InlineData(10, -70, -59.113890045132, -0.43851836447789394)]      // [K⁺]o 10 mM (E_K for [K⁺]i 99.959), V −70 mV: inward
    public void Currents_match_Halnes_2013_Kirf_m(double ko, double v, double eK, double expected)
    {
        var i = Halnes.Current(ElectricPotential.FromMillivolts(v), ElectricPotential.FromMillivolts(eK), Concentration.FromMillimolar(ko));
        Assert.Equal(expected, i.AmperesPerSquareMeter, 1e-12);
    }

    [PhysicalProperty]
    public bool Current_is_zero_at_the_potassium_reversal(ElectricPotential eK, Concentration ko) =>
        Halnes.Current(eK, eK, ko).AmperesPerSquareMeter == 0;

    /// <summary>At fixed V and V − E_K, four times the [K⁺]ₒ doubles the conductance (Newman 1993's √[K⁺]ₒ).</summary>
    [PhysicalProperty]
    public bool Conductance_grows_as_the_square_root_of_outside_potassium(ElectricPotential v, Concentration ko)
    {
        var eK = v - ElectricPotential.FromMillivolts(10);
        var g1 = Halnes.Conductance(v, eK, ko).SiemensPerSquareMeter;
        var g4 = Halnes.Conductance(v, eK, ko * 4).SiemensPerSquareMeter;
        return Math.Abs(g4 - (2 * g1)) <= 1e-12 * Math.Max(g4, 1e-300);
    }

    [Fact]
    public void At_the_reference_state_the_conductance_is_the_maximal_one_and_scaling_scales_it()
    {
        var eK = Halnes.ReferenceReversalPotential;
        Assert.Equal(16.96, Halnes.Conductance(eK, eK, Halnes.ReferencePotassium).SiemensPerSquareMeter, 1e-12);
        Assert.Equal(1.696, Halnes.Scaled(0.1).Conductance(eK, eK, Halnes.ReferencePotassium).SiemensPerSquareMeter, 1e-12);
        Assert.Contains("factor", Assert.Throws<ArgumentOutOfRangeException>(() => Halnes.Scaled(-1)).Message, StringComparison.Ordinal);
        Assert.Contains("referencePotassium", Assert.Throws<ArgumentOutOfRangeException>(() => new GlialInwardRectifier(Halnes.MaximalConductance, Concentration.Zero, eK)).Message, StringComparison.Ordinal);
    }
}
