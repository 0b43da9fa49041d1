using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Xunit.Abstractions;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// The quasi-steady advance with an astrocyte (<see cref="CellModel.WithAstrocyte"/>): V_g held where the astrocyte's
/// membrane current vanishes, its ions and buffered K⁺ integrated with the cell's. Checked against the fixed-step
/// simulator after the transients, and for conservation of every ion and of charge across cell, extracellular space,
/// astrocyte and buffer.
/// </summary>
public class QuasiSteadyAstrocyteTests(ITestOutputHelper output)
{
    private static readonly double F = ConstantSet.Si2019.FaradayConstant;
    private const double C = 1e-2;               // F/m², 1 µF/cm²
    private static readonly Area CellArea = Area.FromSquareMeters(1e-9);
    private static readonly Volume CellVolume = Volume.FromCubicMeters(4e-15);
    private static readonly Volume OutsideVolume = Volume.FromCubicMeters(1e-15);
    private static readonly Area GliaArea = Area.FromSquareMeters(2e-8);
    private static readonly Volume GliaVolume = Volume.FromCubicMeters(2e-15);
    private static readonly Ion[] Carried = [Ions.Sodium, Ions.Potassium, Ions.Chloride];

    private static Concentration Mm(double millimolar) => Concentration.FromMillimolar(millimolar);

    /// <summary>
    /// A passive neuron (K⁺, Na⁺ and Cl⁻ leaks carrying their ions, osmotic volume) in a closed extracellular space whose
    /// [K⁺]ₒ starts raised to <paramref name="potassiumOutside"/>, and an astrocyte (Kir, Na⁺ and Cl⁻ leaks, pump, Kager's
    /// buffer of capacity <paramref name="bufferTotal"/>) that clears it over seconds.
    /// </summary>
    private static CellModel Tissue(double potassiumOutside, double bufferTotal) =>
        CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1),
            [
                Channel.Ohmic("K leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.1), Ions.Potassium),
                Channel.Ohmic("Na leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.005), Ions.Sodium),
                Channel.Ghk("Cl leak", Permeability.FromCentimetersPerSecond(1e-7), Ions.Chloride),
            ])
            .WithConcentrations(new Solution((Ions.Sodium, Mm(12)), (Ions.Potassium, Mm(140)), (Ions.Chloride, Mm(8))), new Solution((Ions.Sodium, Mm(145)), (Ions.Potassium, Mm(potassiumOutside)), (Ions.Chloride, Mm(120))))
            .WithPools(CellArea, CellVolume, OutsideVolume)
            .WithOsmoticVolume(Permeability.FromCentimetersPerSecond(1e-3))
            .WithAstrocyte(new Astrocyte(GliaArea, GliaVolume, new Solution((Ions.Sodium, Mm(15)), (Ions.Potassium, Mm(100)), (Ions.Chloride, Mm(6))), ElectricPotential.FromMillivolts(-80))
            {
                Kir = new GlialInwardRectifier(GlialInwardRectifier.Oyehaug2012Conductance, Mm(4), ElectricPotential.FromMillivolts(-86)),
                Leaks = [Channel.Ohmic("Na leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.1), Ions.Sodium), Channel.Ghk("Cl leak", Permeability.FromCentimetersPerSecond(1e-6), Ions.Chloride)],
                Pump = new SodiumPotassiumAtpaseKinetics(CurrentDensity.FromMicroamperesPerSquareCentimeter(20), Mm(10), Mm(1.5)),
                Buffer = GlialPotassiumBuffer.Kager2000 with { Total = Mm(bufferTotal) },
            });

    private static Simulation Settled(double potassiumOutside, double bufferTotal, double dtMicroseconds)
    {
        var sim = new Simulation(Tissue(potassiumOutside, bufferTotal), Temperature.Body, Duration.FromMicroseconds(dtMicroseconds), ElectricPotential.FromMillivolts(-70));
        sim.Advance(Duration.FromMilliseconds(20)); // the transients of V (τ ≈ 10 ms) and V_g (< 1 ms)
        return sim;
    }

    private static double[] State(Simulation sim) =>
    [
        .. Carried.Select(ion => sim.OutsideConcentration(ion).Millimolar),
        .. Carried.Select(ion => sim.InsideConcentration(ion).Millimolar),
        .. Carried.Select(ion => sim.AstrocyteConcentration(ion).Millimolar),
        sim.AstrocyteBoundPotassium.Moles / OutsideVolume.CubicMeters,
    ];

    /// <summary>
    /// [K⁺]ₒ raised to 12 mM (the buffer starts in equilibrium with it, so the Kir channel takes K⁺ up while the buffer
    /// releases it and the neuron swells): after 20 ms of fixed steps (the transients), 2 s quasi-steady against 2 s of fixed steps
    /// (Δt = 10 µs). Every concentration (outside, neuron, astrocyte, bound K⁺) agrees within the two methods' own errors:
    /// the fixed step's first-order error, estimated as the difference from a run at Δt/2, plus the charge the
    /// quasi-steady mode does not put on the two capacitances as V and V_g move, C A |ΔV|/(F vol) per compartment.
    /// </summary>
    [Fact]
    public void Follows_the_fixed_step_simulation_after_the_transients()
    {
        var fast = Settled(12, 500, 10);
        var full = Settled(12, 500, 10);
        var half = Settled(12, 500, 5);
        var v0 = full.Voltage.Volts;
        var vg0 = full.AstrocyteVoltage.Volts;
        var start = State(full);
        var stats = fast.AdvanceQuasiSteady(Duration.FromSeconds(2), 1e-9);
        full.Advance(Duration.FromSeconds(2));
        half.Advance(Duration.FromSeconds(2));
        var (q, f, h) = (State(fast), State(full), State(half));
        var cellCharge = C * CellArea.SquareMeters * Math.Abs(full.Voltage.Volts - v0) / F;         // mol of monovalent ions; / m³ gives mM
        var gliaCharge = C * GliaArea.SquareMeters * Math.Abs(full.AstrocyteVoltage.Volts - vg0) / F;
        double[] capacitive =
        [
            .. Carried.Select(_ => (cellCharge + gliaCharge) / OutsideVolume.CubicMeters),
            .. Carried.Select(_ => cellCharge / CellVolume.CubicMeters),
            .. Carried.Select(_ => gliaCharge / GliaVolume.CubicMeters),
            gliaCharge / OutsideVolume.CubicMeters,
        ];
        output.WriteLine($"{stats}; V {fast.Voltage} vs {full.Voltage}, V_g {fast.AstrocyteVoltage} vs {full.AstrocyteVoltage}");
        for (var i = 0; i < q.Length; i++)
        {
            var tolerance = capacitive[i] + (2 * Math.Abs(f[i] - h[i])) + (1e-9 * Math.Abs(f[i]));
            output.WriteLine($"[{i}] start {start[i]:G6}, fixed {f[i]:G8}, quasi-steady {q[i]:G8}, |Δ| {Math.Abs(q[i] - f[i]):G3} ≤ {tolerance:G3} mM");
            Assert.InRange(Math.Abs(q[i] - f[i]), 0, tolerance);
        }

        Assert.True(f[7] - start[7] > 5, "the astrocyte took up more than 5 mM of K⁺"); // the comparison is not vacuous
        Assert.Equal(fast.AstrocyteVoltage.Volts, full.AstrocyteVoltage.Volts, 1e-3);
        Assert.Equal(fast.Voltage.Volts, full.Voltage.Volts, 1e-3);
    }

    /// <summary>
    /// For any raised [K⁺]ₒ (4–40 mM), buffer capacity (0–1000 mM) and duration (0.1–10 s): every ion's amount in cell +
    /// extracellular space + astrocyte (+ the buffer's K⁺) is unchanged to 1e-12 relative, and neither membrane's
    /// compartment gains net ionic charge beyond what 1 mV on its capacitance would hold (the quasi-steady advance keeps
    /// each membrane current zero), while K⁺ itself moves by far more.
    /// </summary>
    [PhysicalProperty]
    public bool Ions_and_charge_are_conserved_across_cell_outside_astrocyte_and_buffer(FsCheck.PositiveInt potassium, FsCheck.PositiveInt buffer, FsCheck.PositiveInt tenths)
    {
        var sim = new Simulation(Tissue(4 + (potassium.Get % 37), buffer.Get % 1000), Temperature.Body, Duration.FromMicroseconds(10), ElectricPotential.FromMillivolts(-70));
        double Amount(Ion ion) => (sim.InsideConcentration(ion) * sim.InsideVolume).Moles + (sim.OutsideConcentration(ion) * sim.OutsideVolume!.Value).Moles
                                  + (sim.AstrocyteConcentration(ion) * GliaVolume).Moles + (ion == Ions.Potassium ? sim.AstrocyteBoundPotassium.Moles : 0);
        double Charge(Func<Ion, double> moles) => F * Carried.Sum(ion => ion.Valence * moles(ion));
        double CellCharge() => Charge(ion => (sim.InsideConcentration(ion) * sim.InsideVolume).Moles);
        double GliaCharge() => Charge(ion => (sim.AstrocyteConcentration(ion) * GliaVolume).Moles);
        var before = Carried.Select(Amount).ToArray();
        var (cell0, glia0) = (CellCharge(), GliaCharge());
        var gliaK0 = (sim.AstrocyteConcentration(Ions.Potassium) * GliaVolume).Moles;
        sim.AdvanceQuasiSteady(Duration.FromSeconds(0.1 * (1 + (tenths.Get % 100))), 1e-8);
        var after = Carried.Select(Amount).ToArray();
        var gliaK = (sim.AstrocyteConcentration(Ions.Potassium) * GliaVolume).Moles;
        return before.Zip(after).All(p => Math.Abs(p.First - p.Second) <= 1e-12 * p.First)
               && Math.Abs(CellCharge() - cell0) <= C * CellArea.SquareMeters * 1e-3
               && Math.Abs(GliaCharge() - glia0) <= C * GliaArea.SquareMeters * 1e-3
               && Math.Abs(gliaK - gliaK0) * F > 100 * C * GliaArea.SquareMeters * 1e-3; // K⁺ moved: the charge bound is not vacuous
    }
}
