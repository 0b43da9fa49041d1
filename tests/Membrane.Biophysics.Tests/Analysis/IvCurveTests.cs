using System.IO;
using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Analysis;

/// <summary>Reading reversal, slope and rectification off I–V curves: exact lines, GHK curves against Nernst, and bad input.</summary>
public partial class IvCurveTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static readonly Permeability P = Permeability.FromCentimetersPerSecond(1e-6);

    /// <summary>A straight line I = g (V − E) is read exactly by interpolation and by every fit, in any order of the points.</summary>
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(1, 5)]
    [InlineData(2, 6)]
    [InlineData(3, 7)]
    public void A_straight_line_gives_its_reversal_and_slope(int degree, int points)
    {
        var fit = degree == 0 ? IvFit.Interpolation : IvFit.Polynomial(degree, points);
        var g = Conductance.FromNanosiemens(2.5);
        var e = Mv(-23.7);
        double[] mv = [20, -100, 60, -40, -80, 0, -60, 40, -20, -30];
        var v = mv.Select(Mv).ToArray();
        var i = v.Select(x => (x - e) * g).ToArray();
        Assert.Equal(e.Volts, IvCurve.ReversalPotential(v, i, fit).Volts, 1e-15);
        Assert.Equal(g.Siemens, IvCurve.SlopeConductance(v, i, fit).Siemens, 1e-20);
        Assert.Equal(1.0, IvCurve.RectificationIndex(v, i, Mv(40), Mv(-60), fit), 1e-12);
    }

    /// <summary>
    /// A point with exactly zero current is the reversal; the slope is the central difference of its neighbours. The data
    /// lie on I = V + V²/100 (pA, mV), so a quadratic fit is exact too: root 0, slope 1 pA/mV = 1 nS.
    /// </summary>
    [Fact]
    public void A_point_at_zero_current_is_the_reversal()
    {
        ElectricPotential[] v = [Mv(-20), Mv(-10), Mv(0), Mv(10)];
        ElectricCurrent[] i = [ElectricCurrent.FromPicoamperes(-16), ElectricCurrent.FromPicoamperes(-9), ElectricCurrent.Zero, ElectricCurrent.FromPicoamperes(11)];
        Assert.Equal(0.0, IvCurve.ReversalPotential(v, i).Volts);
        Assert.Equal(1e-9, IvCurve.SlopeConductance(v, i).Siemens, 1e-20);
        Assert.Equal(0.0, IvCurve.ReversalPotential(v, i, IvFit.Polynomial(2, 4)).Volts, 1e-14);
        Assert.Equal(1e-9, IvCurve.SlopeConductance(v, i, IvFit.Polynomial(2, 4)).Siemens, 1e-20);
    }

    /// <summary>
    /// A GHK K⁺ curve (140/5 mM, 22 °C) sampled every 10 mV crosses zero at E_K (Nernst, a second independent method) to
    /// within the linear-interpolation error bound: if the secant through (a, I(a)), (b, I(b)) meets zero at s and I(r) = 0,
    /// then |I(s)| = |I''(ξ)|/2 · |(s − a)(s − b)| ≤ M₂h²/8 and |I(s)| ≥ m₁|s − r|, so |s − r| ≤ M₂h² / (8 m₁), with
    /// M₂ = max |I''| and m₁ = min |I'| on [a, b] (taken here from the GHK equation on a fine grid). A local cubic is far closer.
    /// </summary>
    [Fact]
    public void GHK_curve_reverses_at_the_Nernst_potential_within_the_derived_interpolation_error()
    {
        var t = Temperature.Room;
        var k = IonGradient.Millimolar(140, 5);
        var eK = Nernst.Potential(Ions.Potassium, k, t).Volts;
        var v = IvCurve.Grid(Mv(-150), Mv(50), 21);
        var i = IvCurve.FromModel(MembraneCurrents.Empty.WithGhk(new PermeantIon(Ions.Potassium, P, k)), v, t);

        var linear = IvCurve.ReversalPotential(v, i).Volts;
        var a = Math.Floor(eK / 0.01) * 0.01;
        var bound = InterpolationBound(V => GhkCurrent.Density(Ions.Potassium, P, k, ElectricPotential.FromVolts(V), t).AmperesPerSquareMeter, a, a + 0.01);
        Assert.InRange(Math.Abs(linear - eK), 0, bound);
        Assert.True(bound < 0.3e-3, $"bound {bound} V"); // 0.284 mV against an actual error of 0.232 mV (Python, same formulas): tight, not vacuous

        var cubic = IvCurve.ReversalPotential(v, i, IvFit.Polynomial(3, 6)).Volts;
        Assert.InRange(Math.Abs(cubic - eK), 0, 0.05e-3);

        // Slope at E_K: the GHK slope conductance, by a central difference of the law itself.
        var h = 1e-6;
        var slope = (GhkCurrent.Density(Ions.Potassium, P, k, ElectricPotential.FromVolts(eK + h), t).AmperesPerSquareMeter -
                     GhkCurrent.Density(Ions.Potassium, P, k, ElectricPotential.FromVolts(eK - h), t).AmperesPerSquareMeter) / (2 * h);
        Assert.Equal(1, IvCurve.SlopeConductance(v, i, IvFit.Polynomial(3, 6)).SiemensPerSquareMeter / slope, 0.01);

        // K⁺ with more inside than outside rectifies outward (Hille 2001, ch. 14, the GHK current's rectification).
        Assert.True(IvCurve.RectificationIndex(v, i, Mv(40), Mv(-140), IvFit.Polynomial(3, 6)) > 1);
    }

    /// <summary>
    /// The K⁺ voltage-clamp experiment: [K⁺]i = 140 mM, [K⁺]o raised 2.5 → 10 → 40 mM at 37 °C. The reversal read off the
    /// GHK I–V curve (5 mV steps, local cubic) moves by the Nernst amount (RT/F) ln 4 = 37.05 mV per step.
    /// </summary>
    [Fact]
    public void Raising_external_potassium_shifts_the_read_off_reversal_by_the_Nernst_amount()
    {
        var t = Temperature.Body;
        var v = IvCurve.Grid(Mv(-150), Mv(50), 41);
        var previous = double.NaN;
        foreach (var outside in new[] { 2.5, 10, 40 })
        {
            var k = IonGradient.Millimolar(140, outside);
            var i = IvCurve.FromModel(MembraneCurrents.Empty.WithGhk(new PermeantIon(Ions.Potassium, P, k)), v, t);
            var read = IvCurve.ReversalPotential(v, i, IvFit.Polynomial(3, 6)).Volts;
            Assert.Equal(Nernst.Potential(Ions.Potassium, k, t).Volts, read, 1e-5);
            if (!double.IsNaN(previous))
            {
                var nernstStep = ConstantsFor(t) * Math.Log(4);
                Assert.Equal(nernstStep, read - previous, 2e-5);
            }

            previous = read;
        }
    }

    /// <summary>Symmetric K⁺ (140/140 mM): the GHK curve is the straight line P F² c V / RT, so the rectification index is 1 (Hille 2001, ch. 14).</summary>
    [Fact]
    public void Symmetric_GHK_curve_does_not_rectify()
    {
        var v = IvCurve.Grid(Mv(-100), Mv(100), 21);
        var i = IvCurve.FromModel(MembraneCurrents.Empty.WithGhk(new PermeantIon(Ions.Potassium, P, IonGradient.Millimolar(140, 140))), v, Temperature.Body);
        Assert.Equal(0.0, IvCurve.ReversalPotential(v, i).Volts, 1e-15);
        Assert.Equal(1.0, IvCurve.RectificationIndex(v, i, Mv(40), Mv(-60)), 1e-12);
    }

    /// <summary>The model I–V curve of a resting neuron with AMPA crosses zero where <see cref="RestingPotential"/> says (two independent root finders).</summary>
    [Fact]
    public void Model_curve_of_a_membrane_crosses_at_its_resting_potential()
    {
        var t = Temperature.Body;
        var membrane = MembraneCurrents.Empty
            .WithOhmic(ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.3), Mv(-70))
            .WithGhk(new PermeantIon(Ions.Sodium, P, IonGradient.Millimolar(15, 145)))
            .WithGhk(new PermeantIon(Ions.Potassium, P, IonGradient.Millimolar(140, 5)))
            .WithPump(CurrentDensity.FromAmperesPerSquareMeter(0.01));
        var v = IvCurve.Grid(Mv(-120), Mv(60), 37);
        var i = IvCurve.FromModel(membrane, v, t);
        Assert.Equal(RestingPotential.Of(membrane, t).Volts, IvCurve.ReversalPotential(v, i, IvFit.Polynomial(3, 6)).Volts, 1e-6);
    }

    [Fact]
    public void Reads_a_two_column_sweep()
    {
        const string Csv = "V_mV;I_pA\n# holding -70 mV\n-80; -110.5\n\n-60;-50\n-40\t10\n-20,70\n";
        var (v, i) = IvCurve.ReadCsv(new StringReader(Csv), Mv(1), ElectricCurrent.FromPicoamperes(1));
        Assert.Equal([Mv(-80), Mv(-60), Mv(-40), Mv(-20)], v);
        Assert.Equal(ElectricCurrent.FromPicoamperes(-110.5), i[0]);
        Assert.Equal(-43.333333333333336, IvCurve.ReversalPotential(v, i).Millivolts, 1e-9);
        Assert.Equal(3.0, IvCurve.SlopeConductance(v, i).Nanosiemens, 1e-9);

        var bad = Assert.Throws<FormatException>(() => IvCurve.ReadCsv(new StringReader("-80,1\n-60,x\n"), Mv(1), ElectricCurrent.FromPicoamperes(1)));
        Assert.Contains("line 2", bad.Message, StringComparison.Ordinal);
        Assert.Contains("no data line", Assert.Throws<FormatException>(() => IvCurve.ReadCsv(new StringReader("V,I\n# nothing\n"), Mv(1), ElectricCurrent.FromPicoamperes(1))).Message, StringComparison.Ordinal);
        Assert.Equal("currents[0]", Assert.Throws<ArgumentOutOfRangeException>(() => IvCurve.ReadCsv(new StringReader("-80,1e308\n"), Mv(1), ElectricCurrent.FromAmperes(10))).ParamName);
    }

    [Fact]
    public void Iv_points_hold_their_own_copies_and_say_what_they_span()
    {
        ElectricPotential[] v = [Mv(-120), Mv(-40), Mv(40)];
        ElectricCurrent[] i = [ElectricCurrent.FromPicoamperes(-2), ElectricCurrent.FromPicoamperes(0.5), ElectricCurrent.FromPicoamperes(3)];
        var points = new IvPoints(v, i);
        v[0] = Mv(0);
        var (voltages, currents) = points;
        voltages[1] = Mv(99);
        currents[2] = ElectricCurrent.Zero;

        Assert.Equal(Mv(-120), points.Voltages[0]);
        Assert.Equal(Mv(-40), points.Voltages[1]);
        Assert.Equal(ElectricCurrent.FromPicoamperes(3), points.Currents[2]);
        Assert.Equal(3, points.Count);
        Assert.Equal("3 I–V points from -120 mV to 40 mV", points.ToString());
        Assert.Equal("currents", Assert.Throws<ArgumentException>(() => new IvPoints([Mv(1)], [])).ParamName);
        Assert.Equal("currents", Assert.Throws<ArgumentException>(() => new IvPoints([], [])).ParamName);
        Assert.Equal("voltages[1]", Assert.Throws<ArgumentOutOfRangeException>(() => new IvPoints([Mv(1), Mv(double.NaN)], [i[0], i[1]])).ParamName);
    }

    [Fact]
    public void Rejects_bad_input_and_says_what_is_wrong()
    {
        ElectricCurrent[] pA(params double[] x) => x.Select(ElectricCurrent.FromPicoamperes).ToArray();
        ElectricPotential[] mV(params double[] x) => x.Select(Mv).ToArray();

        Assert.Contains("at least 2 points", Assert.Throws<ArgumentException>(() => IvCurve.ReversalPotential(mV(-60), pA(1))).Message, StringComparison.Ordinal);
        Assert.Equal("currents", Assert.Throws<ArgumentException>(() => IvCurve.ReversalPotential(mV(-60, 0), pA(1))).ParamName);
        Assert.Equal("voltages[1]", Assert.Throws<ArgumentOutOfRangeException>(() => IvCurve.ReversalPotential(mV(-60, double.NaN), pA(-1, 1))).ParamName);
        Assert.Equal("currents[0]", Assert.Throws<ArgumentOutOfRangeException>(() => IvCurve.ReversalPotential(mV(-60, 0), pA(double.PositiveInfinity, 1))).ParamName);
        Assert.Contains("-60 mV occurs more than once", Assert.Throws<ArgumentException>(() => IvCurve.ReversalPotential(mV(-60, 0, -60), pA(-1, 1, 2))).Message, StringComparison.Ordinal);
        Assert.Contains("every current is inward (negative)", Assert.Throws<ArgumentException>(() => IvCurve.ReversalPotential(mV(-60, 0), pA(-5, -1))).Message, StringComparison.Ordinal);
        Assert.Contains("every current is outward (positive)", Assert.Throws<ArgumentException>(() => IvCurve.ReversalPotential(mV(-60, 0), pA(5, 1))).Message, StringComparison.Ordinal);
        var several = Assert.Throws<ArgumentException>(() => IvCurve.ReversalPotential(mV(-60, -40, -20, 0), pA(-1, 1, -1, 1))).Message;
        Assert.Contains("3 times", several, StringComparison.Ordinal);
        Assert.Contains("between -60 and -40 mV", several, StringComparison.Ordinal);
        Assert.Contains("between -20 and 0 mV", several, StringComparison.Ordinal);
        Assert.Equal("fit", Assert.Throws<ArgumentException>(() => IvCurve.ReversalPotential(mV(-60, 0), pA(-1, 1), IvFit.Polynomial(1, 3))).ParamName);
        Assert.Equal("degree", Assert.Throws<ArgumentOutOfRangeException>(() => IvFit.Polynomial(4, 9)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentOutOfRangeException>(() => IvFit.Polynomial(3, 3)).ParamName);
        Assert.Equal("positive", Assert.Throws<ArgumentException>(() => IvCurve.RectificationIndex(mV(-60, 0), pA(-1, 1), Mv(40), Mv(-60))).ParamName);
        Assert.Equal("negative", Assert.Throws<ArgumentException>(() => IvCurve.RectificationIndex(mV(-60, 0), pA(-1, 1), Mv(0), Mv(-10))).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => IvCurve.Grid(Mv(-60), Mv(0), 1)).ParamName);
    }

    /// <summary>max|f''| h² / (8 min|f'|) on [a, b], the derivatives by central differences on 1000 sub-intervals.</summary>
    private static double InterpolationBound(Func<double, double> f, double a, double b)
    {
        const int N = 1000;
        var d = (b - a) / N;
        double m2 = 0, m1 = double.PositiveInfinity;
        for (var k = 0; k <= N; k++)
        {
            var x = a + (k * d);
            var step = 1e-4;
            m1 = Math.Min(m1, Math.Abs((f(x + step) - f(x - step)) / (2 * step)));
            m2 = Math.Max(m2, Math.Abs((f(x + step) - (2 * f(x)) + f(x - step)) / (step * step)));
        }

        return m2 * (b - a) * (b - a) / (8 * m1);
    }

    private static double ConstantsFor(Temperature t) => global::Membrane.Biophysics.Constants.ConstantSet.Si2019.ThermalVoltage(t).Volts;
}
