using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The Cl⁻ homeostasis model: its steady [Cl⁻]ᵢ against the closed form of the two free-energy-driven laws without a
/// leak (derived in the test), the GABA switch, and E_Cl along the dendrite. The transport constants are assumptions,
/// so the immature 27 mM and mature 4.5 mM are not compared with a measurement here; they are of the order reported
/// for immature and mature neurons (Ben-Ari, Y. (2002) <i>Nat. Rev. Neurosci.</i> 3, 728–739).
/// </summary>
public class ChlorideHomeostasisModelTests
{
    private static readonly ChlorideHomeostasisResult Default = ChlorideHomeostasisModel.Default.Run();

    /// <summary>
    /// Without a leak, Cl⁻ balance 2 J_NKCC1 = J_KCC2 with J_NKCC1 = U_N ln([Na]ₒ[K]ₒ[Cl]ₒ²/([Na]ᵢ[K]ᵢ[Cl]ᵢ²)) and
    /// J_KCC2 = U_K ln([K]ᵢ[Cl]ᵢ/([K]ₒ[Cl]ₒ)) gives ln[Cl]ᵢ = (2U_N A − U_K B)/(4U_N + U_K), A = ln([Na]ₒ[K]ₒ[Cl]ₒ²/([Na]ᵢ[K]ᵢ)),
    /// B = ln([K]ᵢ/([K]ₒ[Cl]ₒ)): KCC2 alone holds E_Cl = E_K, NKCC1 alone [Cl]ᵢ = [Cl]ₒ √([Na]ₒ[K]ₒ/([Na]ᵢ[K]ᵢ)) (0.1 % allowed).
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 15)]
    public bool Steady_chloride_without_a_leak_has_the_closed_form(FsCheck.PositiveInt nkcc1, FsCheck.PositiveInt kcc2)
    {
        double uN = 1e-9 * (nkcc1.Get % 50), uK = 1e-9 * (1 + (kcc2.Get % 100));
        var m = ChlorideHomeostasisModel.Default with { ChlorideLeak = ConductanceDensity.Zero, Duration = Duration.FromSeconds(300000), SamplingInterval = Duration.FromSeconds(100000) };
        var s = m.RunCell("closed form", MolarFlux.FromMolesPerSquareMeterSecond(uN), MolarFlux.FromMolesPerSquareMeterSecond(uK));
        double a = Math.Log(145 * 4 * 123.0 * 123 / (12 * 155)), b = Math.Log(155 / (4 * 123.0));
        double expected = Math.Exp(((2 * uN * a) - (uK * b)) / ((4 * uN) + uK));
        return Math.Abs(s.Chloride.Final.Millimolar - expected) < 1e-3 * expected;
    }

    [Fact]
    public void Immature_GABA_depolarises_and_mature_GABA_hyperpolarises()
    {
        Assert.True(Default.Immature.GabaDepolarises);
        Assert.True(Default.Immature.GabaDrivingForce < ElectricPotential.Zero);
        Assert.False(Default.Mature.GabaDepolarises);
        Assert.True(Default.Mature.Chloride.Final < Default.Immature.Chloride.Final);
        // The leak pulls E_Cl toward V: the mature E_Cl lies between E_K (−99.8 mV at 155/4 mM, 37 °C) and V.
        Assert.InRange(Default.Mature.ChlorideReversalPotential.Final.Millivolts, -99.8, -65);
    }

    /// <summary>KCC2 rising tip-ward makes E_Cl fall monotonically from soma to tip, and GABA's polarity flips once along the dendrite.</summary>
    [Fact]
    public void Along_the_dendrite_E_Cl_falls_toward_the_tip_and_GABA_polarity_flips()
    {
        var d = Default.Dendrite;
        for (int i = 1; i < d.ChlorideReversalPotential.Count; i++)
        {
            Assert.True(d.ChlorideReversalPotential[i] < d.ChlorideReversalPotential[i - 1]);
        }

        Assert.True(d.ChlorideReversalPotential[0] > d.RestingPotential);
        Assert.True(d.ChlorideReversalPotential[^1] < d.RestingPotential);
        Assert.InRange(d.PolarityReversalDistance!.Value.Micrometers, d.Positions[0].Micrometers, d.Positions[^1].Micrometers);
    }

    /// <summary>
    /// With the same transport everywhere, diffusion has nothing to even out: the dendrite settles at the single cell's
    /// steady [Cl⁻]ᵢ (its geometry changes only how fast), to 0.1 %.
    /// </summary>
    [Fact]
    public void A_uniform_dendrite_settles_where_a_single_cell_does()
    {
        var u = MolarFlux.FromMolesPerSquareMeterSecond(2e-8);
        var m = ChlorideHomeostasisModel.Default with { DendriteKcc2AtSoma = u, DendriteKcc2AtTip = u, DendriteCompartments = 5, Duration = Duration.FromSeconds(5000), SamplingInterval = Duration.FromSeconds(2500) };
        var cell = m.RunCell("cell", m.DendriteNkcc1, u);
        var dendrite = m.Run().Dendrite;
        foreach (var c in dendrite.Chloride)
        {
            Assert.Equal(cell.Chloride.Final.Millimolar, c.Millimolar, cell.Chloride.Final.Millimolar * 1e-3);
        }
    }

    [Fact]
    public void Bad_parameters_are_refused_with_their_name()
    {
        var m = ChlorideHomeostasisModel.Default with { DendriteCompartments = 1 };
        Assert.Contains("DendriteCompartments", Assert.Throws<ArgumentOutOfRangeException>(() => m.Run()).Message, StringComparison.Ordinal);
        var n = ChlorideHomeostasisModel.Default with { Mature = new(MolarFlux.FromMolesPerSquareMeterSecond(-1), MolarFlux.Zero) };
        Assert.Contains("Mature", Assert.Throws<ArgumentOutOfRangeException>(() => n.Run()).Message, StringComparison.Ordinal);
    }
}
