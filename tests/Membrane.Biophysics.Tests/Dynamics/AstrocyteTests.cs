using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// An astrocyte sharing a cell's closed extracellular space (<see cref="CellModel.WithAstrocyte"/>): K⁺, Na⁺ and Cl⁻
/// conserved across cell, extracellular space, astrocyte and its buffer; the astrocyte's V_g moved by exactly the charge
/// that crossed its membrane (C_g A_g ΔV_g = −F Σ z Δn); Kager's buffer at its closed-form equilibrium; bad set-ups refused.
/// </summary>
public class AstrocyteTests
{
    private static readonly double F = ConstantSet.Si2019.FaradayConstant;
    private static readonly Area CellArea = Area.FromSquareMeters(1e-9);
    private static readonly Volume CellVolume = Volume.FromCubicMeters(4e-15);
    private static readonly Volume OutsideVolume = Volume.FromCubicMeters(1e-15);
    private static readonly Area GliaArea = Area.FromSquareMeters(2e-8);
    private static readonly Volume GliaVolume = Volume.FromCubicMeters(2e-15);

    private static Concentration Mm(double millimolar) => Concentration.FromMillimolar(millimolar);

    private static Astrocyte Glia(double bufferTotal) =>
        new(GliaArea, GliaVolume, new Solution((Ions.Sodium, Mm(15)), (Ions.Potassium, Mm(100)), (Ions.Chloride, Mm(6))), ElectricPotential.FromMillivolts(-80))
        {
            Kir = new GlialInwardRectifier(GlialInwardRectifier.Oyehaug2012Conductance, Mm(4), ElectricPotential.FromMillivolts(-86)),
            Leaks = [Channel.Ohmic("Na leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.1), Ions.Sodium), Channel.Ghk("Cl leak", Permeability.FromCentimetersPerSecond(1e-6), Ions.Chloride)],
            Pump = new SodiumPotassiumAtpaseKinetics(CurrentDensity.FromMicroamperesPerSquareCentimeter(20), Mm(10), Mm(1.5)),
            Buffer = GlialPotassiumBuffer.Kager2000 with { Total = Mm(bufferTotal) },
        };

    /// <summary>The HH squid membrane with Na⁺ and K⁺ from live concentrations (no pump), a Cl⁻ leak, a current step and the astrocyte.</summary>
    private static CellModel Tissue(double amplitude, double bufferTotal) =>
        CellModel.Create(HodgkinHuxley1952.Capacitance,
            [
                Channel.Ohmic("Na", HodgkinHuxley1952.SodiumConductance, Ions.Sodium, [.. HodgkinHuxley1952.Sodium.Gates]),
                Channel.Ohmic("K", HodgkinHuxley1952.PotassiumConductance, Ions.Potassium, [.. HodgkinHuxley1952.Potassium.Gates]),
                Channel.Ohmic("Cl", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.1), Ions.Chloride),
            ])
            .WithConcentrations(new Solution((Ions.Sodium, Mm(12)), (Ions.Potassium, Mm(140)), (Ions.Chloride, Mm(8))), new Solution((Ions.Sodium, Mm(145)), (Ions.Potassium, Mm(4)), (Ions.Chloride, Mm(120))))
            .WithPools(CellArea, CellVolume, OutsideVolume)
            .WithCurrentStep(new CurrentStep(Duration.FromMilliseconds(2), Duration.FromMilliseconds(30), CurrentDensity.FromMicroamperesPerSquareCentimeter(amplitude)))
            .WithAstrocyte(Glia(bufferTotal));

    /// <summary>
    /// For any stimulus (0–40 µA/cm²) and buffer capacity (0–1000 mM): every ion's amount in cell + outside + astrocyte
    /// (+ the buffer's K⁺) is unchanged to 1e-12 after 50 ms, and the astrocyte's V_g has moved by the charge its
    /// membrane carried, C_g A_g ΔV_g = −F A_g·(Σ z Δn per area) (relative 1e-9).
    /// </summary>
    [PhysicalProperty]
    public bool Ions_are_conserved_across_cell_outside_and_astrocyte_and_its_potential_follows_its_charge(FsCheck.PositiveInt amplitude, FsCheck.PositiveInt buffer)
    {
        var sim = new Simulation(Tissue(amplitude.Get % 40, buffer.Get % 1000), Temperature.Squid, Duration.FromMicroseconds(10), ElectricPotential.FromMillivolts(-65));
        double Amount(Ion ion) => (sim.InsideConcentration(ion) * CellVolume).Moles + (sim.OutsideConcentration(ion) * OutsideVolume).Moles + (sim.AstrocyteConcentration(ion) * GliaVolume).Moles
                                  + (ion == Ions.Potassium ? sim.AstrocyteBoundPotassium.Moles : 0);
        double GliaCharge() => F * ((sim.AstrocyteConcentration(Ions.Sodium).MolesPerCubicMeter + sim.AstrocyteConcentration(Ions.Potassium).MolesPerCubicMeter - sim.AstrocyteConcentration(Ions.Chloride).MolesPerCubicMeter) * GliaVolume.CubicMeters);
        Ion[] ions = [Ions.Sodium, Ions.Potassium, Ions.Chloride];
        var before = ions.Select(Amount).ToArray();
        var charge0 = GliaCharge();
        var v0 = sim.AstrocyteVoltage.Volts;
        sim.Advance(Duration.FromMilliseconds(50));
        var after = ions.Select(Amount).ToArray();
        var capacitive = 1e-2 * GliaArea.SquareMeters * (sim.AstrocyteVoltage.Volts - v0); // C_g A_g ΔV_g, C_g = 1 µF/cm²
        var moved = GliaCharge() - charge0;
        return before.Zip(after).All(p => Math.Abs(p.First - p.Second) <= 1e-12 * p.First)
               && Math.Abs(capacitive - moved) <= 1e-9 * Math.Max(Math.Abs(moved), 1e-18)
               && sim.AstrocyteVoltage != ElectricPotential.FromMillivolts(-80); // it did move
    }

    /// <summary>Kager et al.'s buffer at equilibrium, B_T q/(1 + q), q = [K⁺]o/(1 mM)/(1 + e^(−([K⁺]o − 15)/1.09)), worked by hand.</summary>
    [Theory]
    [InlineData(15, 441.1764705882353)]    // q = 7.5: 500·7.5/8.5
    [InlineData(4, 0.0828231)]             // q = 4/(1 + e^(11/1.09)) = 1.65674e-4: 500 q/(1 + q)
    public void The_buffer_s_equilibrium_is_Kager_s(double ko, double expected)
    {
        var q = ko / (1 + Math.Exp(-(ko - 15) / 1.09));
        var byHand = 500 * q / (1 + q);
        Assert.Equal(expected, byHand, 1e-6);
        Assert.Equal(byHand, GlialPotassiumBuffer.Kager2000.BoundAtEquilibrium(Mm(ko)).Millimolar, 1e-12);
    }

    [Fact]
    public void Bad_set_ups_are_refused()
    {
        var gated = Glia(0) with { Leaks = [Channel.Ohmic("gated", ConductanceDensity.FromMillisiemensPerSquareCentimeter(1), Ions.Sodium, [.. HodgkinHuxley1952.Sodium.Gates])] };
        Assert.Contains("astrocyte.Leaks", Assert.Throws<ArgumentException>(() => CellModel.HodgkinHuxley().WithAstrocyte(gated)).Message, StringComparison.Ordinal);
        var small = Glia(0) with { Volume = Volume.FromCubicMeters(-1) };
        Assert.Contains("astrocyte.Volume", Assert.Throws<ArgumentOutOfRangeException>(() => CellModel.HodgkinHuxley().WithAstrocyte(small)).Message, StringComparison.Ordinal);
        var bath = Tissue(0, 0).WithPools(CellArea, CellVolume, null);
        Assert.Contains("outside volume", Assert.Throws<ArgumentException>(() => new Simulation(bath, Temperature.Squid, Duration.FromMicroseconds(10), ElectricPotential.FromMillivolts(-65))).Message, StringComparison.Ordinal);
        var sim = new Simulation(Tissue(0, 0), Temperature.Squid, Duration.FromMicroseconds(10), ElectricPotential.FromMillivolts(-65));
        Assert.Throws<ArgumentException>(() => sim.AstrocyteConcentration(Ions.Calcium));
        var plain = new Simulation(CellModel.HodgkinHuxley(), Temperature.Squid, Duration.FromMicroseconds(10), ElectricPotential.FromMillivolts(-65));
        Assert.Throws<InvalidOperationException>(() => plain.AstrocyteVoltage);
    }
}
