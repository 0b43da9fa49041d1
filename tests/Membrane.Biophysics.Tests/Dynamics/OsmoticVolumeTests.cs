using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// Osmotic volume change (J_v = P_f A v̄_w Δosm; Hoffmann, Lambert and Pedersen 2009): Boyle–van 't Hoff swelling in a
/// hypotonic bath against its closed form, amounts and water conserved in a closed system, and a resting cell at balance.
/// </summary>
public class OsmoticVolumeTests
{
    private static readonly Area CellArea = Area.FromSquareMeters(4 * Math.PI * 25e-12);                 // r = 5 µm
    private static readonly Volume CellVolume = Volume.FromCubicMeters(4 * Math.PI * 125e-18 / 3);
    private static readonly Permeability Water = Permeability.FromCentimetersPerSecond(1e-3);            // P_f of a water-permeable cell, 10 µm/s

    private static Concentration Mm(double millimolar) => Concentration.FromMillimolar(millimolar);

    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    /// <summary>
    /// A cell whose solutes all stay inside (n = 300 mM × V₀), in a 200 mM bath: dV/dt = k (n/V − c_o) with
    /// k = P_f A v̄_w. Boyle–van 't Hoff puts the end at V∞ = n/c_o = 1.5 V₀, and separating variables gives the time
    /// course k c_o t = (V₀ − V) + V∞ ln((V∞ − V₀)/(V∞ − V)); the simulated V meets it at every sample to the first-order
    /// error of the Euler step, and the inside concentration is n/V exactly.
    /// </summary>
    [Fact]
    public void A_cell_in_a_hypotonic_bath_swells_as_Boyle_van_t_Hoff_and_its_time_course_say()
    {
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [])
            .WithConcentrations(new Solution((Ions.Potassium, Mm(150)), (Ions.Chloride, Mm(150))), new Solution((Ions.Sodium, Mm(100)), (Ions.Chloride, Mm(100))))
            .WithPools(CellArea, CellVolume, null)
            .WithOsmoticVolume(Water, Mm(0));
        var sim = new Simulation(model, Temperature.Body, Ms(0.1), Mv(-70));
        var v0 = CellVolume.CubicMeters;
        var vInf = 1.5 * v0;
        var k = Water.MetersPerSecond * CellArea.SquareMeters * OsmoticVolume.PartialMolarVolumeOfWater;
        var tau = v0 / (k * 200); // the time scale, V₀/(k c_o) ≈ 2.6 s here
        for (var sample = 1; sample <= 40; sample++)
        {
            sim.Advance(Duration.FromSeconds(0.25 * tau));
            var v = sim.InsideVolume.CubicMeters;
            var t = sim.Time.Seconds;
            var closedFormTime = ((v0 - v) + (vInf * Math.Log((vInf - v0) / (vInf - v)))) / (k * 200);
            Assert.Equal(t, closedFormTime, 2e-3 * t);
        }

        Assert.Equal(vInf, sim.InsideVolume.CubicMeters, 1e-3 * vInf);
        Assert.Equal(0, sim.Impermeant!.Value.Millimolar);
    }

    /// <summary>
    /// A closed cell with K⁺, Na⁺ and Cl⁻ channels, KCC2, the pump, a Ca²⁺ buffer and an osmotic volume: every ion's amount
    /// (concentration × its changing volume, inside plus outside) and the total water V_in + V_out are conserved to 1e-12.
    /// </summary>
    [PhysicalProperty]
    public bool Amounts_and_water_are_conserved_while_the_volume_changes(FsCheck.PositiveInt na, FsCheck.PositiveInt cl, ElectricPotential start)
    {
        Ion[] species = [Ions.Sodium, Ions.Potassium, Ions.Chloride, Ions.Calcium];
        var model = CellModel.Create(
                SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1),
                [
                    Channel.Ohmic("K", ConductanceDensity.FromMillisiemensPerSquareCentimeter(1), Ions.Potassium),
                    Channel.Ghk("Na", Permeability.FromCentimetersPerSecond(1e-7 * (1 + (na.Get % 100))), Ions.Sodium),
                    Channel.Ohmic("Cl", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.05 * (1 + (cl.Get % 100))), Ions.Chloride),
                    Channel.Ghk("Ca", Permeability.FromCentimetersPerSecond(1e-6), Ions.Calcium),
                ])
            .WithConcentrations(
                new Solution((Ions.Sodium, Mm(12)), (Ions.Potassium, Mm(140)), (Ions.Chloride, Mm(8)), (Ions.Calcium, Mm(1e-4))),
                new Solution((Ions.Sodium, Mm(145)), (Ions.Potassium, Mm(4)), (Ions.Chloride, Mm(120)), (Ions.Calcium, Mm(2))))
            .WithTransport(FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(1e-7)))
            .WithTransport(SodiumPotassiumAtpaseKinetics.LuoRudy1994)
            .WithFastBuffer(Ions.Calcium, Mm(0.1), Mm(1e-3))
            .WithPools(CellArea, CellVolume, CellVolume)
            .WithOsmoticVolume(Water, Mm(80)); // 31 mOsm below balance: the cell shrinks
        var sim = new Simulation(model, Temperature.Body, Ms(0.01), start);
        double Amount(Ion ion) =>
            (sim.InsideTotalConcentration(ion).MolesPerCubicMeter * sim.InsideVolume.CubicMeters) + (sim.OutsideConcentration(ion).MolesPerCubicMeter * sim.OutsideVolume!.Value.CubicMeters);
        var before = species.Select(Amount).ToArray();
        var water = sim.InsideVolume.CubicMeters + sim.OutsideVolume!.Value.CubicMeters;
        sim.Advance(Ms(20));
        var moved = Math.Abs(sim.InsideVolume.CubicMeters - CellVolume.CubicMeters) > 1e-6 * CellVolume.CubicMeters;
        return moved
               && species.Select((ion, n) => Math.Abs(Amount(ion) - before[n]) <= 1e-12 * before[n]).All(x => x)
               && Math.Abs(sim.InsideVolume.CubicMeters + sim.OutsideVolume!.Value.CubicMeters - water) <= 1e-12 * water;
    }

    /// <summary>
    /// With the impermeant set for balance, X = Σc_out − Σc_in of the starting solutions (here 300 − 160 − 0.1 = 139.9 mM
    /// counting the buffer molecules), and a cell at rest (V = E_K, K⁺ its only conductance) keeps its volume exactly.
    /// </summary>
    [Fact]
    public void A_resting_cell_at_osmotic_balance_keeps_its_volume()
    {
        var eK = ElectricPotential.FromVolts(-Membrane.Biophysics.Constants.ConstantSet.Si2019.ThermalVoltage(Temperature.Body).Volts * Math.Log(150.0 / 5));
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [Channel.Ohmic("K", ConductanceDensity.FromMillisiemensPerSquareCentimeter(1), Ions.Potassium)])
            .WithConcentrations(new Solution((Ions.Potassium, Mm(150)), (Ions.Chloride, Mm(10))), new Solution((Ions.Potassium, Mm(5)), (Ions.Sodium, Mm(145)), (Ions.Chloride, Mm(150))))
            .WithPools(CellArea, CellVolume, CellVolume)
            .WithOsmoticVolume(Water);
        var sim = new Simulation(model, Temperature.Body, Ms(0.1), eK);
        Assert.Equal(300 - 160, sim.Impermeant!.Value.Millimolar, 1e-12);
        sim.Advance(Duration.FromSeconds(1));
        Assert.Equal(CellVolume.CubicMeters, sim.InsideVolume.CubicMeters, 1e-12 * CellVolume.CubicMeters);
    }

    /// <summary>A cell more concentrated inside than out cannot be balanced by impermeants; a volume needs pools.</summary>
    [Fact]
    public void Impossible_balance_and_missing_pools_are_errors()
    {
        var hypertonic = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [])
            .WithConcentrations(new Solution((Ions.Potassium, Mm(300))), new Solution((Ions.Sodium, Mm(100))))
            .WithPools(CellArea, CellVolume, null).WithOsmoticVolume(Water);
        var e = Assert.Throws<ArgumentException>(() => new Simulation(hypertonic, Temperature.Body, Ms(0.1), Mv(-70)));
        Assert.Contains("300 mM inside against 100 mM outside", e.Message, StringComparison.Ordinal);
        var noPools = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), []).WithOsmoticVolume(Water);
        Assert.Throws<ArgumentException>(() => new Simulation(noPools, Temperature.Body, Ms(0.1), Mv(-70)));
        Assert.Equal("osmoticPermeability", Assert.Throws<ArgumentOutOfRangeException>(() => noPools.WithOsmoticVolume(Permeability.FromMetersPerSecond(double.NaN))).ParamName);
    }
}
