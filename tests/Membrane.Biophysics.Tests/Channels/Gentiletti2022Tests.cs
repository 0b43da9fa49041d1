using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Channels;

/// <summary>
/// The Gentiletti et al. (2022) channel set against the equations as printed in the model's NEURON files (ModelDB 267499,
/// commit b30b1d4: pnas.mod, nap.mod, pkdrs.mod), written here in the files' own form — offsets as the files spell them
/// (17.2 − v − 60 + 3, …), the delayed rectifier's τ with its constant 2.30599·10⁻⁶ — and evaluated independently of
/// the library's rewritten form; and the published half-activation voltages.
/// </summary>
public class Gentiletti2022Tests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    // pnas.mod, per ms.
    private static double FileAlphaM(double v) => 0.8 * (17.2 - v - 60 + 3) / (Math.Exp((17.2 - v - 60 + 3) / 4) - 1);

    private static double FileBetaM(double v) => 0.7 * (v - 3 - 42.2 + 60) / (Math.Exp((v - 3 - 42.2 + 60) / 5) - 1);

    private static double FileAlphaH(double v) => 0.32 * Math.Exp((42 - v - 60 + 3) / 18);

    private static double FileBetaH(double v) => 10 / (1 + Math.Exp((42 - v - 60 + 3) / 5));

    // nap.mod, ms.
    private static double FileTauM(double v) => 1 / ((0.091 * (v + 38) / (1 - Math.Exp(-(v + 38) / 5))) - (0.062 * (v + 38) / (1 - Math.Exp((v + 38) / 5))));

    private static double FileTauH(double v) => v <= -60
        ? 3700 + (2000 * 1 / ((0.091 * (v + 22 + 38) / (1 - Math.Exp(-(v + 22 + 38) / 5))) - (0.062 * (v + 22 + 38) / (1 - Math.Exp((v + 22 + 38) / 5)))))
        : 1200 + (8000 * 1 / ((0.091 * (v + 36 + 38) / (1 - Math.Exp(-(v + 36 + 38) / 5))) - (0.062 * (v + 36 + 38) / (1 - Math.Exp((v + 36 + 38) / 5)))));

    // pkdrs.mod, ms.
    private static double FileNInf(double v) => 1 / (1 + Math.Exp((-4.8 - v - 18) / 13.6));

    private static double FileTauN(double v) => 1.6 / ((0.0338338 * Math.Exp(-v / 40)) + (0.016 * Math.Exp(v / 5) * (64.9 + v) / (-0.00000230599 + Math.Exp(v / 5))));

    [Theory]
    [InlineData(-90.0)]
    [InlineData(-65.0)]
    [InlineData(-52.3)]
    [InlineData(-41.0)]
    [InlineData(-20.0)]
    [InlineData(0.7)]
    [InlineData(30.0)]
    public void Rates_and_time_constants_equal_the_model_files(double mv)
    {
        var v = Mv(mv);
        Assert.Equal(FileAlphaM(mv) * 1000, Gentiletti2022.AlphaM(v).PerSecond, 1e-9 * Math.Max(1, FileAlphaM(mv) * 1000));
        Assert.Equal(FileBetaM(mv) * 1000, Gentiletti2022.BetaM(v).PerSecond, 1e-9 * Math.Max(1, FileBetaM(mv) * 1000));
        Assert.Equal(FileAlphaH(mv) * 1000, Gentiletti2022.AlphaH(v).PerSecond, 1e-9 * 1000);
        Assert.Equal(FileBetaH(mv) * 1000, Gentiletti2022.BetaH(v).PerSecond, 1e-9 * 1000);
        var body = Temperature.Body; // Q10 = 1: the same at any temperature
        Assert.Equal(FileTauM(mv), Gentiletti2022.PersistentSodiumActivation.TimeConstant(v, body).Milliseconds, 1e-9 * FileTauM(mv));
        Assert.Equal(FileTauH(mv), Gentiletti2022.PersistentSodiumInactivation.TimeConstant(v, body).Milliseconds, 1e-9 * FileTauH(mv));
        Assert.Equal(FileNInf(mv), Gentiletti2022.DelayedRectifierActivation.SteadyState(v), 1e-12);
        Assert.Equal(FileTauN(mv), Gentiletti2022.DelayedRectifierActivation.TimeConstant(v, body).Milliseconds, 1e-4 * FileTauN(mv)); // see below
    }

    /// <summary>The files' half-activation voltages: NaP m∞ = ½ at −48.7 mV, h∞ = ½ at −48.8 mV, KDR n∞ = ½ at −22.8 mV.</summary>
    [Fact]
    public void Half_activation_voltages_are_the_published_ones()
    {
        Assert.Equal(0.5, Gentiletti2022.PersistentSodiumActivation.SteadyState(Mv(-48.7)), 1e-12);
        Assert.Equal(0.5, Gentiletti2022.PersistentSodiumInactivation.SteadyState(Mv(-48.8)), 1e-12);
        Assert.Equal(0.5, Gentiletti2022.DelayedRectifierActivation.SteadyState(Mv(-22.8)), 1e-12);
    }

    /// <summary>
    /// α_m at −39.8 mV and the delayed rectifier's τ at −64.9 mV are 0/0 in the files' form; here they take their limits
    /// (a·k). The file's 2.30599·10⁻⁶ is e^(−12.98) to 5·10⁻⁷ relative; near −64.9 mV its form cancels, so the two agree
    /// there to 10⁻⁴ (and to 10⁻⁵ at −65 mV), closer further away.
    /// </summary>
    [Fact]
    public void Removable_singularities_take_their_limits()
    {
        Assert.Equal(0.8 * 4 * 1000, Gentiletti2022.AlphaM(Mv(-39.8)).PerSecond, 1e-9);
        foreach (var mv in new[] { -65.4, -64.95, -64.85, -64.4 })
        {
            Assert.Equal(FileTauN(mv), Gentiletti2022.DelayedRectifierActivation.TimeConstant(Mv(mv), Temperature.Body).Milliseconds, 1e-4 * FileTauN(mv));
        }

        Assert.Equal(1.6 / ((0.0338338 * Math.Exp(64.9 / 40)) + (0.016 * 5)), Gentiletti2022.DelayedRectifierActivation.TimeConstant(Mv(-64.9), Temperature.Body).Milliseconds, 1e-9);
    }

    [Fact]
    public void Channels_carry_their_ion_with_the_published_gate_powers()
    {
        var naT = Gentiletti2022.TransientSodium(Gentiletti2022.TransientSodiumConductance);
        var naP = Gentiletti2022.PersistentSodium(Gentiletti2022.PersistentSodiumConductance);
        var kdr = Gentiletti2022.DelayedRectifier(Gentiletti2022.DelayedRectifierConductance);
        Assert.Equal(Ions.Sodium, naT.Ion);
        Assert.Equal([3, 1], naT.Gates.Select(g => g.Power));
        Assert.Equal([2, 1], naP.Gates.Select(g => g.Power));
        Assert.Equal(Ions.Potassium, kdr.Ion);
        Assert.Equal([4], kdr.Gates.Select(g => g.Power));
        Assert.Equal(14, naT.MaximalConductance.MillisiemensPerSquareCentimeter, 1e-12);
        Assert.Equal(0.6, naP.MaximalConductance.MillisiemensPerSquareCentimeter, 1e-12);
        Assert.Equal(32, kdr.MaximalConductance.MillisiemensPerSquareCentimeter, 1e-12);
    }
}
