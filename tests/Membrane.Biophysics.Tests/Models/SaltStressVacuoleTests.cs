using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The plant cell with its vacuole: NHX's thermodynamic floor ([Na⁺]vac/[Na⁺]cyt ≤ [H⁺]vac/[H⁺]cyt, since 1:1 exchange is
/// electroneutral), its closed-form equilibrium in a sealed cell, Na⁺ conservation across the tonoplast, and what NHX and
/// SOS1 do to cytosolic Na⁺ and K⁺/Na⁺. The vacuole's transport constants are assumptions, so no paper number is reproduced.
/// </summary>
public class SaltStressVacuoleTests
{
    private static readonly SaltStressResult Default = SaltStressModel.Default.Run();

    /// <summary>A cell sealed at the plasma membrane (no Na⁺ entry, SOS1 off) and with no tonoplast leak: NHX moves Na⁺ only.</summary>
    private static SaltStressModel Sealed(double nhx, double vacuoleDepthMicrometers) => SaltStressModel.Default with
    {
        SodiumPermeability = Permeability.Zero,
        TonoplastSodiumPermeability = Permeability.Zero,
        NhxMaximalRate = MolarFlux.FromMolesPerSquareMeterSecond(nhx),
        VacuoleDepth = Length.FromMicrometers(vacuoleDepthMicrometers),
    };

    /// <summary>
    /// For any NHX capacity, tonoplast leak and vacuolar pH, [Na⁺]vac/[Na⁺]cyt never exceeds [H⁺]vac/[H⁺]cyt =
    /// 10^(pHcyt − pHvac) (relative 10⁻⁶), and NHX moves Na⁺ into the vacuole exactly when its ΔG &lt; 0; the tonoplast
    /// potential does not enter (Blumwald, Aharon and Apse 2000: electroneutral).
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 10)]
    public bool NHX_cannot_push_the_vacuole_beyond_its_thermodynamic_floor(FsCheck.PositiveInt nhx, FsCheck.PositiveInt leak, FsCheck.PositiveInt ph, FsCheck.PositiveInt psi)
    {
        var m = SaltStressModel.Default with
        {
            NhxMaximalRate = MolarFlux.FromMolesPerSquareMeterSecond(1e-8 * (1 + (nhx.Get % 100))),
            TonoplastSodiumPermeability = Permeability.FromCentimetersPerSecond(1e-10 * (leak.Get % 100)),
            VacuolePh = Ph.FromValue(4.5 + ((ph.Get % 30) / 10.0)),
            TonoplastPotential = ElectricPotential.FromMillivolts(-40 + (psi.Get % 80)),
            VacuoleDepth = Length.FromMicrometers(1),
            Duration = Duration.FromMinutes(60),
            SamplingInterval = Duration.FromSeconds(60),
        };
        double limit = Math.Pow(10, m.CytosolPh.Value - m.VacuolePh.Value);
        foreach (var (decoder, label) in new[] { (true, "with SOS1"), (false, "without SOS1") })
        {
            var s = m.RunWithVacuole(label, decoder, nhx: true);
            for (int i = 0; i < s.CytosolSodium.Count; i++)
            {
                if (s.VacuoleSodium[i] / s.CytosolSodium[i] > limit * (1 + 1e-6))
                {
                    return false;
                }

                double rate = s.NhxTransport[i].MolesPerSquareMeterSecond, g = s.NhxFreeEnergy[i].JoulesPerMole;
                if (rate != 0 && Math.Sign(rate) != -Math.Sign(g))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Sealed, NHX alone brings the cell to its equilibrium [Na⁺]vac = r [Na⁺]cyt, r = [H⁺]vac/[H⁺]cyt = 100, with the
    /// amount d_cyt c_cyt + d_vac c_vac kept: c_cyt = (d_cyt + d_vac) · 1 mM/(d_cyt + r d_vac) (closed form, 0.1 %).
    /// </summary>
    [Fact]
    public void Sealed_NHX_reaches_its_closed_form_equilibrium()
    {
        var m = Sealed(1e-7, 2) with { Duration = Duration.FromSeconds(20000), SamplingInterval = Duration.FromSeconds(10000) };
        var s = m.RunWithVacuole("sealed", decoder: false, nhx: true);
        double expected = (1 + 2) * 1.0 / (1 + (100 * 2));
        Assert.Equal(expected, s.CytosolSodium.Final.Millimolar, expected * 1e-3);
        Assert.Equal(100 * expected, s.VacuoleSodium.Final.Millimolar, expected * 0.1);
    }

    /// <summary>Sealed at the plasma membrane, Na⁺ only moves between cytosol and vacuole: d_cyt c_cyt + d_vac c_vac stays 11 µm·mM at every sample (relative 10⁻⁷), with the tonoplast leak on.</summary>
    [FsCheck.Xunit.Property(MaxTest = 10)]
    public bool Sodium_is_conserved_across_the_tonoplast(FsCheck.PositiveInt nhx, FsCheck.PositiveInt leak)
    {
        var m = Sealed(1e-9 * (nhx.Get % 200), 10) with
        {
            TonoplastSodiumPermeability = Permeability.FromCentimetersPerSecond(1e-9 * (leak.Get % 10)),
            Duration = Duration.FromMinutes(30),
            SamplingInterval = Duration.FromSeconds(60),
        };
        var s = m.RunWithVacuole("sealed", decoder: false, nhx: true);
        for (int i = 0; i < s.CytosolSodium.Count; i++)
        {
            double amount = (1 * s.CytosolSodium[i].Millimolar) + (10 * s.VacuoleSodium[i].Millimolar);
            if (Math.Abs(amount - 11) > 11e-7)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// After an hour of 100 mM NaCl: NHX sequesters Na⁺ (vacuolar Na⁺ up, cytosolic Na⁺ and K⁺/Na⁺ far better than with
    /// neither); SOS1 alone sits near its floor, [Na⁺]apo[H⁺]cyt/[H⁺]apo = 1 mM; and where NHX holds cytosolic Na⁺ below
    /// that floor an activated SOS1 runs backwards (ΔG &gt; 0, Na⁺ in), so SOS1 with NHX leaves more cytosolic Na⁺ than
    /// NHX alone. Without NHX the vacuole is the run without one (cytosolic Na⁺ within 2 %: its leak moves little).
    /// </summary>
    [Fact]
    public void NHX_sequesters_sodium_and_below_its_floor_SOS1_runs_backwards()
    {
        var runs = Default.Vacuole.ToDictionary(v => v.Label);
        var both = runs["SOS1 and NHX"];
        var sos1 = runs["SOS1 only"];
        var nhx = runs["NHX only"];
        var neither = runs["neither"];
        Assert.True(nhx.CytosolSodium.Final < neither.CytosolSodium.Final / 100);
        Assert.True(nhx.VacuoleSodium.Final > 4 * neither.VacuoleSodium.Final);
        Assert.True(both.PotassiumToSodium[^1] > 4 * sos1.PotassiumToSodium[^1]);
        Assert.True(both.CytosolSodium.Final < Concentration.FromMillimolar(1));
        Assert.True(both.Sos1Export.Final < MolarFlux.Zero);
        Assert.True(both.CytosolSodium.Final > nhx.CytosolSodium.Final);
        Assert.Equal(Default.Activated.CytosolSodium.Final.Millimolar, sos1.CytosolSodium.Final.Millimolar, 0.02 * Default.Activated.CytosolSodium.Final.Millimolar);
        Assert.Equal(Default.KnockedOut.CytosolSodium.Final.Millimolar, neither.CytosolSodium.Final.Millimolar, 0.02 * Default.KnockedOut.CytosolSodium.Final.Millimolar);
        // The tonoplast's Δp by hand: Δψ − (RT/F) ln10 (pHvac − pHcyt) = 30 mV + 58.55 mV × 2 at 22 °C.
        Assert.Equal(30 + (2 * 8.314462618 * 295.15 / 96485.33212 * Math.Log(10) * 1000), Default.TonoplastProtonMotiveForce!.Total.Millivolts, 1e-6);
    }

    [Fact]
    public void Bad_vacuole_parameters_are_refused_with_their_name()
    {
        var m = SaltStressModel.Default with { VacuoleDepth = Length.Zero };
        Assert.Contains("VacuoleDepth", Assert.Throws<ArgumentOutOfRangeException>(() => m.RunWithVacuole("x", decoder: true, nhx: true)).Message, StringComparison.Ordinal);
        var n = SaltStressModel.Default with { NhxMaximalRate = MolarFlux.FromMolesPerSquareMeterSecond(double.NaN) };
        Assert.Contains("NhxMaximalRate", Assert.Throws<ArgumentOutOfRangeException>(() => n.RunWithVacuole("x", decoder: true, nhx: true)).Message, StringComparison.Ordinal);
    }
}
