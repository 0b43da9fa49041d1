using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// Transporters in a <see cref="CellModel"/>: every ion a cycle moves changes the pools by exactly its count per cycle,
/// total amounts and charge are conserved in a closed system, and a transporter left alone settles where its ΔG = 0.
/// </summary>
public class TransportInCellTests
{
    private static readonly double F = ConstantSet.Si2019.FaradayConstant;
    private static readonly Area CellArea = Area.FromSquareMeters(4 * Math.PI * 25e-12);                 // r = 5 µm
    private static readonly Volume CellVolume = Volume.FromCubicMeters(4 * Math.PI * 125e-18 / 3);
    private static readonly Ion[] Species = [Ions.Sodium, Ions.Potassium, Ions.Chloride, Ions.Calcium];

    private static Concentration Mm(double millimolar) => Concentration.FromMillimolar(millimolar);

    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    private static readonly Solution Inside = new((Ions.Sodium, Mm(12)), (Ions.Potassium, Mm(140)), (Ions.Chloride, Mm(8)), (Ions.Calcium, Mm(1e-4)));
    private static readonly Solution Outside = new((Ions.Sodium, Mm(145)), (Ions.Potassium, Mm(4)), (Ions.Chloride, Mm(120)), (Ions.Calcium, Mm(2)));

    private static CellModel Empty() =>
        CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), []).WithConcentrations(Inside, Outside);

    private static double Moles(Simulation sim, Ion ion) =>
        (sim.InsideConcentration(ion).MolesPerCubicMeter + sim.OutsideConcentration(ion).MolesPerCubicMeter) * CellVolume.CubicMeters;

    /// <summary>
    /// A closed cell (outside volume = inside volume) with leak channels, NCX, the LR94 Na⁺/K⁺ pump, KCC2 and NKCC1, at
    /// random strengths: each ion's total amount is conserved to 1e-12 relative, and the charge on the membrane changes by
    /// exactly the ionic charge the cytoplasm gained, C A ΔV = F V_in Σ z Δc_in (to the rounding of the concentrations).
    /// </summary>
    [PhysicalProperty]
    public bool Amount_and_charge_are_conserved_with_every_transporter(FsCheck.PositiveInt ncx, FsCheck.PositiveInt pump, FsCheck.PositiveInt kcc, FsCheck.PositiveInt nkcc, ElectricPotential start)
    {
        var model = Empty()
            .WithChannel(Channel.Ohmic("K leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.5), Ions.Potassium))
            .WithChannel(Channel.Ghk("Na leak", Permeability.FromCentimetersPerSecond(1e-8), Ions.Sodium))
            .WithTransport(new NcxKinetics(CurrentDensity.FromMicroamperesPerSquareCentimeter(20 * (1 + (ncx.Get % 100))), Mm(87.5), Mm(1.38), 0.1, 0.35))
            .WithTransport(new SodiumPotassiumAtpaseKinetics(CurrentDensity.FromMicroamperesPerSquareCentimeter(0.1 * (1 + (pump.Get % 100))), Mm(10), Mm(1.5)))
            .WithTransport(FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(1e-9 * (1 + (kcc.Get % 100)))))
            .WithTransport(FreeEnergyKinetics.Nkcc1(MolarFlux.FromMolesPerSquareMeterSecond(1e-9 * (1 + (nkcc.Get % 100)))))
            .WithPools(CellArea, CellVolume, CellVolume);
        var sim = new Simulation(model, Temperature.Body, Ms(0.01), start);
        var moles0 = Species.Select(i => Moles(sim, i)).ToArray();
        double InsideCharge() => F * CellVolume.CubicMeters * Species.Sum(i => i.Valence * sim.InsideConcentration(i).MolesPerCubicMeter);
        var charge0 = InsideCharge();
        sim.Advance(Ms(5));
        var amountsKept = Species.Select((ion, n) => Math.Abs(Moles(sim, ion) - moles0[n]) <= 1e-12 * moles0[n]).All(x => x);
        var capacitorCharge = 0.01 * CellArea.SquareMeters * (sim.Voltage.Volts - start.Volts);
        var rounding = 500 * 2.2e-16 * F * CellVolume.CubicMeters * (12 + 140 + 8 + 2e-4);
        return amountsKept && Math.Abs(capacitorCharge - (InsideCharge() - charge0)) <= (1e-12 * Math.Abs(capacitorCharge)) + rounding;
    }

    /// <summary>
    /// KCC2 alone in a closed cell with equal volumes moves d = (K_i Cl_i − K_o Cl_o)/(K_i + Cl_i + K_o + Cl_o) of each ion
    /// out — the exact solution of (K_i − d)(Cl_i − d) = (K_o + d)(Cl_o + d), where its ΔG = 0 — and then stops with
    /// E_Cl = E_K; V does not move (it is electroneutral). U is chosen so the relaxation rate, U (A/V) Σ 1/c ≈ 20 s⁻¹, lets
    /// 2 s settle it to e⁻⁴⁰.
    /// </summary>
    [Fact]
    public void Kcc2_alone_settles_where_E_Cl_equals_E_K()
    {
        var model = Empty().WithTransport(FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(2.4e-4))).WithPools(CellArea, CellVolume, CellVolume);
        var sim = new Simulation(model, Temperature.Body, Ms(0.1), Mv(-70));
        sim.Advance(Duration.FromSeconds(2));
        var d = ((140.0 * 8) - (4.0 * 120)) / (140 + 8 + 4 + 120);
        Assert.Equal(140 - d, sim.InsideConcentration(Ions.Potassium).Millimolar, 1e-9);
        Assert.Equal(8 - d, sim.InsideConcentration(Ions.Chloride).Millimolar, 1e-9);
        Assert.Equal(4 + d, sim.OutsideConcentration(Ions.Potassium).Millimolar, 1e-9);
        var eK = Nernst.Potential(Ions.Potassium, new IonGradient(sim.InsideConcentration(Ions.Potassium), sim.OutsideConcentration(Ions.Potassium)), Temperature.Body);
        var eCl = Nernst.Potential(Ions.Chloride, new IonGradient(sim.InsideConcentration(Ions.Chloride), sim.OutsideConcentration(Ions.Chloride)), Temperature.Body);
        Assert.Equal(eK.Volts, eCl.Volts, 1e-9);
        Assert.Equal(-0.070, sim.Voltage.Volts, 1e-15);
    }

    /// <summary>
    /// NCX alone under a voltage clamp at −40 mV in a closed cell runs until the Transport layer's E_NCX = 3E_Na − 2E_Ca
    /// of the final concentrations equals the clamp potential; by then the clamp current is zero, and for every Ca²⁺ that
    /// crossed exactly three Na⁺ crossed the other way.
    /// </summary>
    [Fact]
    public void Ncx_under_clamp_settles_where_E_NCX_equals_the_clamp_potential()
    {
        var model = Empty().WithTransport(NcxKinetics.LuoRudy1994).WithPools(CellArea, CellVolume, CellVolume).WithVoltageClamp(Mv(-40));
        var sim = new Simulation(model, Temperature.Body, Ms(0.01), Mv(-40));
        sim.Advance(Ms(400));
        var naIn = sim.InsideConcentration(Ions.Sodium);
        var caIn = sim.InsideConcentration(Ions.Calcium);
        var conditions = TransportConditions.FromGradients(
            (Ions.Sodium, new IonGradient(naIn, sim.OutsideConcentration(Ions.Sodium))),
            (Ions.Calcium, new IonGradient(caIn, sim.OutsideConcentration(Ions.Calcium))));
        Assert.Equal(-0.040, Transporters.Ncx.ReversalPotential(conditions, Temperature.Body)!.Value.Volts, 1e-6);
        Assert.True(Math.Abs(sim.ClampCurrent.AmperesPerSquareMeter) < 1e-9, $"clamp current {sim.ClampCurrent}");
        Assert.Equal(-3 * (caIn.Millimolar - 1e-4), naIn.Millimolar - 12, 1e-12);
    }

    /// <summary>The Na⁺/K⁺ pump under clamp removes exactly 3 Na⁺ for every 2 K⁺ it brings in, and the clamp supplies its outward current, F × (Na⁺ out − K⁺ in).</summary>
    [Fact]
    public void Pump_moves_three_sodium_out_per_two_potassium_in()
    {
        var model = Empty().WithTransport(SodiumPotassiumAtpaseKinetics.LuoRudy1994).WithPools(CellArea, CellVolume, CellVolume).WithVoltageClamp(Mv(-70));
        var sim = new Simulation(model, Temperature.Body, Ms(0.01), Mv(-70));
        var r = sim.Run(Ms(50), Ms(0.01), Mv(0));
        var dNa = sim.InsideConcentration(Ions.Sodium).Millimolar - 12;
        var dK = sim.InsideConcentration(Ions.Potassium).Millimolar - 140;
        Assert.True(dNa < -1e-3, $"the pump must have moved Na⁺ measurably, Δ[Na⁺]ᵢ = {dNa} mM");
        Assert.Equal(-1.5 * dK, dNa, 5000 * 2.9e-14); // the rounding of 5000 updates of a 140 mM concentration
        var charge = r.ClampCurrents.Skip(1).Sum(i => i.AmperesPerSquareMeter * 1e-5) * CellArea.SquareMeters;
        Assert.Equal(charge, -F * CellVolume.CubicMeters * (dNa + dK), Math.Abs(charge) * 1e-9);
        Assert.True(r.ClampCurrents[^1].AmperesPerSquareMeter > 0, "the pump current is outward");
    }

    /// <summary>A transporter's species must have concentrations, and a cable refuses transporters it would ignore.</summary>
    [Fact]
    public void Missing_concentrations_and_unsupported_uses_are_errors()
    {
        var bare = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), []).WithTransport(NcxKinetics.LuoRudy1994);
        var e = Assert.Throws<ArgumentException>(() => new Simulation(bare, Temperature.Body, Ms(0.01), Mv(-70)));
        Assert.Contains("NCX", e.Message, StringComparison.Ordinal);
        Assert.Equal("membrane", Assert.Throws<ArgumentException>(() => new Cable(Empty().WithTransport(NcxKinetics.LuoRudy1994), 3, Length.FromMicrometers(100), Length.FromMicrometers(1), ElectricalResistivity.FromOhmMeters(1), 0, Temperature.Body, Ms(0.01), Mv(-70))).ParamName);
    }

    /// <summary>A step with every transporter allocates nothing.</summary>
    [Fact]
    public void A_step_with_transporters_is_allocation_free()
    {
        var model = Empty()
            .WithTransport(NcxKinetics.LuoRudy1994)
            .WithTransport(SodiumPotassiumAtpaseKinetics.LuoRudy1994)
            .WithTransport(FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(1e-9)))
            .WithTransport(FreeEnergyKinetics.Nkcc1(MolarFlux.FromMolesPerSquareMeterSecond(1e-9)))
            .WithPools(CellArea, CellVolume, CellVolume);
        var sim = new Simulation(model, Temperature.Body, Ms(0.01), Mv(-70));
        sim.Step();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            sim.Step();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
