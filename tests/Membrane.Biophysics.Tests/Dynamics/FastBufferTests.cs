using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// The fast Ca²⁺ buffer (rapid buffer approximation, Wagner and Keizer 1994): total Ca²⁺ conserved, free and bound at
/// the buffer's equilibrium b = B_T c/(c + K_d), and the free Ca²⁺ following Wagner and Keizer's reduced equation
/// dc/dt = β(c) J_in with β = 1/(1 + B_T K_d/(K_d + c)²), integrated independently.
/// </summary>
public class FastBufferTests
{
    private static readonly double F = ConstantSet.Si2019.FaradayConstant;
    private static readonly Area CellArea = Area.FromSquareMeters(4 * Math.PI * 25e-12);                 // r = 5 µm
    private static readonly Volume CellVolume = Volume.FromCubicMeters(4 * Math.PI * 125e-18 / 3);
    private static readonly Permeability CaPermeability = Permeability.FromCentimetersPerSecond(1e-4);

    private static Concentration Mm(double millimolar) => Concentration.FromMillimolar(millimolar);

    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    private static CellModel CalciumCell(double bufferTotal, double kd, Volume? outside) =>
        CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [Channel.Ghk("Ca", CaPermeability, Ions.Calcium)])
            .WithConcentrations(new Solution((Ions.Calcium, Mm(1e-4))), new Solution((Ions.Calcium, Mm(2))))
            .WithPools(CellArea, CellVolume, outside)
            .WithFastBuffer(Ions.Calcium, Mm(bufferTotal), Mm(kd))
            .WithVoltageClamp(Mv(-70), new ClampStep(Ms(1), Ms(100), Mv(-10)));

    /// <summary>
    /// Under a Ca²⁺ influx into a closed cell, for any buffer (B_T 1 µM–1 mM, K_d 0.1–100 µM): the total amount of Ca²⁺
    /// (free + bound inside, plus outside) is conserved to 1e-12, and the bound part equals B_T c/(c + K_d) of the free c.
    /// </summary>
    [PhysicalProperty]
    public bool Total_calcium_is_conserved_and_free_calcium_is_at_the_buffer_equilibrium(FsCheck.PositiveInt total, FsCheck.PositiveInt kd)
    {
        var bT = 1e-3 * Math.Pow(10, (total.Get % 300) / 100.0);
        var kD = 1e-4 * Math.Pow(10, (kd.Get % 300) / 100.0);
        var sim = new Simulation(CalciumCell(bT, kD, CellVolume), Temperature.Body, Ms(0.01), Mv(-70));
        double Amount() => (sim.InsideTotalConcentration(Ions.Calcium).MolesPerCubicMeter + sim.OutsideConcentration(Ions.Calcium).MolesPerCubicMeter) * CellVolume.CubicMeters;
        var before = Amount();
        var totalBefore = sim.InsideTotalConcentration(Ions.Calcium).MolesPerCubicMeter;
        sim.Advance(Ms(120));
        var c = sim.InsideConcentration(Ions.Calcium).MolesPerCubicMeter;
        var bound = sim.InsideTotalConcentration(Ions.Calcium).MolesPerCubicMeter - c;
        return Math.Abs(Amount() - before) <= 1e-12 * before
               && sim.InsideTotalConcentration(Ions.Calcium).MolesPerCubicMeter > totalBefore + 1e-6 // Ca²⁺ did enter
               && Math.Abs(bound - (bT * c / (c + kD))) <= 1e-12 * (bound + c);
    }

    /// <summary>Wagner and Keizer's (1994) reduced equation for the free Ca²⁺ under a GHK influx from a fixed bath.</summary>
    private readonly struct RapidBuffer(double bufferTotal, double kd) : IOdeSystem
    {
        public int Dimension => 1;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates)
        {
            var c = state[0];
            // the simulator's step (t, t + Δt] carries the current at the command of t + Δt: its step is on over (1 ms − Δt, 101 ms − Δt]
            var v = time > 1e-3 - 1e-6 && time <= 101e-3 - 1e-6 ? Mv(-10) : Mv(-70);
            var i = GhkCurrent.Density(2, CaPermeability, Concentration.FromMolesPerCubicMeter(c), Mm(2), v, Temperature.Body).AmperesPerSquareMeter;
            var beta = 1 / (1 + (bufferTotal * kd / ((kd + c) * (kd + c))));
            rates[0] = -beta * i * CellArea.SquareMeters / (2 * F * CellVolume.CubicMeters);
        }
    }

    /// <summary>
    /// The simulated free Ca²⁺ (B_T = 0.1 mM, K_d = 1 µM, as a calbindin-like buffer) follows the reduced equation
    /// integrated by Dormand–Prince to 1e-12: the same within the first-order error of the simulator's 1 µs steps.
    /// </summary>
    [Fact]
    public void Free_calcium_follows_Wagner_and_Keizers_reduced_equation()
    {
        var sim = new Simulation(CalciumCell(0.1, 1e-3, null), Temperature.Body, Ms(0.001), Mv(-70));
        var r = sim.Run(Ms(120), Ms(1), Mv(0));
        double[] y = [1e-4];
        var integrator = new AdaptiveIntegrator(1, 1e-12, 1e-15, Ms(0.05));
        var reduced = new RapidBuffer(0.1, 1e-3);
        for (var k = 1; k < r.Times.Count; k++)
        {
            integrator.Integrate(reduced, y, r.Times[k - 1], r.Times[k]);
            var simulated = r.InsideConcentrations(Ions.Calcium)[k].MolesPerCubicMeter;
            Assert.Equal(y[0], simulated, 1e-4 * y[0]); // measured 5e-5 at most: the explicit pool update's first-order error at Δt = 1 µs
        }

        Assert.True(y[0] > 1e-3, $"the influx must have outrun the buffer's capacity B_T/K_d = 100; free Ca²⁺ ends at {y[0]} mM");
    }

    /// <summary>A buffer needs pools and an ion the model carries; an ion is buffered once.</summary>
    [Fact]
    public void Misuse_is_an_error()
    {
        var noPools = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [Channel.Ghk("Ca", CaPermeability, Ions.Calcium)])
            .WithConcentrations(new Solution((Ions.Calcium, Mm(1e-4))), new Solution((Ions.Calcium, Mm(2))))
            .WithFastBuffer(Ions.Calcium, Mm(0.1), Mm(1e-3));
        Assert.Throws<ArgumentException>(() => new Simulation(noPools, Temperature.Body, Ms(0.01), Mv(-70)));
        Assert.Throws<ArgumentException>(() => noPools.WithFastBuffer(Ions.Calcium, Mm(0.1), Mm(1e-3)));
        Assert.Equal("dissociationConstant", Assert.Throws<ArgumentOutOfRangeException>(() => noPools.WithFastBuffer(Ions.Sodium, Mm(0.1), Mm(0))).ParamName);
    }
}
