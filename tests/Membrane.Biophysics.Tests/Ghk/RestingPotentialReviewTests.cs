using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Ghk;

/// <summary>Descriptions that fix no potential are refused rather than answered with 0 mV.</summary>
public class RestingPotentialReviewTests
{
    [Fact]
    public void A_membrane_that_conducts_nothing_has_no_resting_potential()
    {
        var closed = MembraneCurrents.Empty.WithOhmic(ConductanceDensity.Zero, ElectricPotential.FromMillivolts(-90));
        var e = Assert.Throws<ArgumentException>(() => RestingPotential.Of(closed, Temperature.Body));
        Assert.Contains("must conduct", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pumps_that_cancel_are_not_an_empty_description()
    {
        var pumps = MembraneCurrents.Empty
            .WithPump(CurrentDensity.FromMicroamperesPerSquareCentimeter(1))
            .WithPump(CurrentDensity.FromMicroamperesPerSquareCentimeter(-1));
        Assert.False(pumps.IsEmpty);
        Assert.Contains("must conduct", Assert.Throws<ArgumentException>(() => RestingPotential.Of(pumps, Temperature.Body)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_currents_over_a_grid_allocate_nothing_per_point()
    {
        var m = MembraneCurrents.Empty
            .WithOhmic(ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.3), ElectricPotential.FromMillivolts(-54.4))
            .WithOhmic(ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.37), ElectricPotential.FromMillivolts(-77));
        var v = Enumerable.Range(0, 1001).Select(k => ElectricPotential.FromMillivolts(-100 + (0.2 * k))).ToArray();
        var i = new CurrentDensity[v.Length];
        m.TotalCurrents(v, Temperature.Squid, i);
        var before = GC.GetAllocatedBytesForCurrentThread();
        m.TotalCurrents(v, Temperature.Squid, i);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        // By hand: 0.3 mS/cm²·(V + 54.4 mV) + 0.37 mS/cm²·(V + 77 mV) at V = −100 mV = −13.68 − 8.51 = −22.19 µA/cm².
        Assert.Equal(-22.19, i[0].MicroamperesPerSquareCentimeter, 10);
    }
}

/// <summary>The GHK current at absurd potentials: finite where a double can hold it, refused where it cannot.</summary>
public class GhkCurrentExtremeTests
{
    [Fact]
    public void Huge_but_finite_u_gives_the_one_sided_limit_and_overflowing_u_is_refused()
    {
        var p = Permeability.FromCentimetersPerSecond(1e-6);
        var g = IonGradient.Millimolar(140, 5);
        // u = 1e300·F/RT is finite: I → P z F c_in u V_T... grows without bound but stays finite in double for V = 1e290 V.
        var i = GhkCurrent.Density(Ions.Potassium, p, g, ElectricPotential.FromVolts(1e290), Temperature.Body);
        Assert.True(double.IsFinite(i.AmperesPerSquareMeter) && i > CurrentDensity.Zero);
        Assert.Equal("voltage", Assert.Throws<ArgumentOutOfRangeException>(() =>
            GhkCurrent.Density(Ions.Potassium, p, g, ElectricPotential.FromVolts(1e307), Temperature.Body)).ParamName);
    }
}
