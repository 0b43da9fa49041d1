using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Xunit.Abstractions;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// The Dormand–Prince integrator against closed-form solutions, Hairer's Arenstorf orbit, its measured order, and
/// its errors. Expected values are the exact solutions of the equations, not outputs of the code.
/// </summary>
public class AdaptiveIntegratorTests(ITestOutputHelper output)
{
    /// <summary>y′ = −k y.</summary>
    private readonly struct Decay(double k) : IOdeSystem
    {
        public int Dimension => 1;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates) => rates[0] = -k * state[0];
    }

    /// <summary>The logistic equation y′ = y (1 − y); y = 1/(1 + (1/y₀ − 1) e^(−t)).</summary>
    private readonly struct Logistic : IOdeSystem
    {
        public int Dimension => 1;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates) => rates[0] = state[0] * (1 - state[0]);
    }

    /// <summary>x″ = −ω² x as two first-order equations; x = cos ωt, v = −ω sin ωt from (1, 0).</summary>
    private readonly struct Oscillator(double omega) : IOdeSystem
    {
        public int Dimension => 2;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates)
        {
            rates[0] = state[1];
            rates[1] = -omega * omega * state[0];
        }
    }

    /// <summary>
    /// The restricted three-body problem whose periodic Arenstorf orbit is the standard test of Hairer, Nørsett and
    /// Wanner (1993) <i>Solving ODEs I</i>, eq. (II.0.1)–(II.0.2): μ = 0.012277471, y(0) = (0.994, 0, 0,
    /// −2.00158510637908252240537862224), period 17.0652165601579625588917206249.
    /// </summary>
    private readonly struct Arenstorf : IOdeSystem
    {
        private const double Mu = 0.012277471, MuPrime = 1 - Mu;

        public int Dimension => 4;

        public void Derivatives(double time, ReadOnlySpan<double> y, Span<double> rates)
        {
            double d1 = Math.Pow((y[0] + Mu) * (y[0] + Mu) + y[1] * y[1], 1.5);
            double d2 = Math.Pow((y[0] - MuPrime) * (y[0] - MuPrime) + y[1] * y[1], 1.5);
            rates[0] = y[2];
            rates[1] = y[3];
            rates[2] = y[0] + 2 * y[3] - MuPrime * (y[0] + Mu) / d1 - Mu * (y[0] - MuPrime) / d2;
            rates[3] = y[1] - 2 * y[2] - MuPrime * y[1] / d1 - Mu * y[1] / d2;
        }
    }

    /// <summary>A membrane patch with a leak and a current step: C dV/dt = I − g (V − E); V in volts.</summary>
    private readonly struct LeakyPatch(double c, double g, double e, double injected) : IOdeSystem
    {
        public int Dimension => 1;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates) => rates[0] = (injected - g * (state[0] - e)) / c;

        public string VariableName(int index) => "V";
    }

    /// <summary>Two compartments of volumes v1, v2 exchanging a solute with flux k (c₁ − c₂): the amount v₁c₁ + v₂c₂ is constant.</summary>
    private readonly struct Exchange(double k, double v1, double v2) : IOdeSystem
    {
        public int Dimension => 2;

        public void Derivatives(double time, ReadOnlySpan<double> c, Span<double> rates)
        {
            double flux = k * (c[0] - c[1]);
            rates[0] = -flux / v1;
            rates[1] = flux / v2;
        }
    }

    private static Duration Seconds(double s) => Duration.FromSeconds(s);

    [Theory]
    [InlineData(1e-4)]
    [InlineData(1e-7)]
    [InlineData(1e-10)]
    public void Exponential_decay_meets_its_tolerance(double tolerance)
    {
        var integrator = new AdaptiveIntegrator(1, tolerance, tolerance * 1e-3);
        double[] y = [2.0];
        integrator.Integrate(new Decay(3), y, Seconds(0), Seconds(2));
        double exact = 2 * Math.Exp(-6);
        Assert.InRange(Math.Abs(y[0] - exact) / exact, 0, 20 * tolerance);
    }

    [Fact]
    public void The_oscillator_keeps_phase_over_ten_periods()
    {
        const double omega = 2 * Math.PI * 50; // 50 Hz, time in seconds
        var integrator = new AdaptiveIntegrator(2, 1e-10, 1e-12);
        double[] y = [1, 0];
        integrator.Integrate(new Oscillator(omega), y, Seconds(0), Seconds(0.2 + 0.001));
        Assert.Equal(Math.Cos(omega * 0.201), y[0], 1e-7);
        Assert.Equal(-omega * Math.Sin(omega * 0.201), y[1], 1e-7 * omega);
    }

    [Fact]
    public void The_Arenstorf_orbit_closes_after_one_period()
    {
        const double period = 17.0652165601579625588917206249;
        var integrator = new AdaptiveIntegrator(4, 1e-12, 1e-12);
        double[] y = [0.994, 0, 0, -2.00158510637908252240537862224];
        integrator.Integrate(new Arenstorf(), y, Seconds(0), Seconds(period));
        output.WriteLine($"y(T) = ({y[0]:R}, {y[1]:R}, {y[2]:R}, {y[3]:R}); {integrator.Statistics}");
        Assert.Equal(0.994, y[0], 1e-6);
        Assert.Equal(0, y[1], 1e-6);
        Assert.Equal(0, y[2], 1e-5);
        Assert.Equal(-2.00158510637908252240537862224, y[3], 1e-5);
        Assert.True(integrator.Statistics.RejectedSteps > 0, "the orbit's close approaches force rejections");
    }

    /// <summary>
    /// Fixed steps (a tolerance no step can fail, the step capped at h) on the logistic equation: halving h divides the
    /// error by 2⁵ for a fifth-order method (Dormand and Prince 1980), so p = log₂(e(h)/e(h/2)) ≈ 5.
    /// </summary>
    [Fact]
    public void Fixed_steps_converge_at_fifth_order()
    {
        double[] steps = [0.4, 0.2, 0.1, 0.05];
        var errors = new double[steps.Length];
        const double y0 = 0.1, tEnd = 4;
        double exact = 1 / (1 + (1 / y0 - 1) * Math.Exp(-tEnd));
        for (var i = 0; i < steps.Length; i++)
        {
            var integrator = new AdaptiveIntegrator(1, 1e6, 1e6, Seconds(steps[i]));
            double[] y = [y0];
            integrator.Integrate(new Logistic(), y, Seconds(0), Seconds(tEnd));
            Assert.Equal(0, integrator.Statistics.RejectedSteps);
            errors[i] = Math.Abs(y[0] - exact);
        }

        for (var i = 0; i + 1 < steps.Length; i++)
        {
            double p = Math.Log2(errors[i] / errors[i + 1]);
            output.WriteLine($"h {steps[i]} → {steps[i + 1]}: error {errors[i]:E3} → {errors[i + 1]:E3}, p = {p:F3}");
            Assert.InRange(p, 4.6, 5.6);
        }
    }

    /// <summary>With error control, the work grows as tol^(−1/5) for a fifth-order method: a 10⁵-fold tighter tolerance costs about 10× the steps.</summary>
    [Fact]
    public void Tightening_the_tolerance_costs_steps_as_the_fifth_root()
    {
        long Steps(double tol)
        {
            var integrator = new AdaptiveIntegrator(2, tol, tol);
            double[] y = [1, 0];
            integrator.Integrate(new Oscillator(1), y, Seconds(0), Seconds(100));
            return integrator.Statistics.AcceptedSteps;
        }

        long loose = Steps(1e-5), tight = Steps(1e-10);
        double ratio = (double)tight / loose;
        output.WriteLine($"accepted steps {loose} at 1e-5, {tight} at 1e-10: ratio {ratio:F2} (10^(5/5) = 10)");
        Assert.InRange(ratio, 6, 16);
    }

    [Fact]
    public void A_charging_membrane_follows_its_exponential()
    {
        // C = 1 µF/cm² = 0.01 F/m², g = 0.3 mS/cm² = 3 S/m², E = −54.4 mV, I = 10 µA/cm² = 0.1 A/m²: τ = C/g = 3.33 ms.
        const double c = 0.01, g = 3, e = -0.0544, i = 0.1, v0 = -0.065;
        var integrator = new AdaptiveIntegrator(1, 1e-9, 1e-12);
        double[] v = [v0];
        double vInf = e + i / g, tau = c / g;
        for (var k = 1; k <= 20; k++)
        {
            // Recording every 0.5 ms: the integrator carries its step size from sample to sample.
            integrator.Integrate(new LeakyPatch(c, g, e, i), v, Seconds((k - 1) * 5e-4), Seconds(k * 5e-4));
            Assert.Equal(vInf + (v0 - vInf) * Math.Exp(-k * 5e-4 / tau), v[0], 1e-9);
        }
    }

    [PhysicalProperty]
    public bool Linear_exchange_conserves_the_amount(Concentration a, Concentration b, FsCheck.PositiveInt rate)
    {
        double v1 = 2e-15, v2 = 5e-16, k = 1e-16 * (1 + rate.Get % 1000);
        var integrator = new AdaptiveIntegrator(2, 1e-8, 1e-12 * Math.Max(a.MolesPerCubicMeter, b.MolesPerCubicMeter));
        double[] c = [a.MolesPerCubicMeter, b.MolesPerCubicMeter];
        double before = v1 * c[0] + v2 * c[1];
        integrator.Integrate(new Exchange(k, v1, v2), c, Seconds(0), Seconds(0.01));
        double after = v1 * c[0] + v2 * c[1];
        double equilibrium = before / (v1 + v2);
        return Math.Abs(after - before) <= 1e-12 * before
            && Math.Abs(c[0] - equilibrium) <= Math.Abs(a.MolesPerCubicMeter - equilibrium) * (1 + 1e-9);
    }

    [Fact]
    public void Integrating_does_not_allocate()
    {
        var integrator = new AdaptiveIntegrator(2, 1e-8, 1e-10);
        double[] y = [1, 0];
        integrator.Integrate(new Oscillator(3), y, Seconds(0), Seconds(1));
        var before = GC.GetAllocatedBytesForCurrentThread();
        integrator.Integrate(new Oscillator(3), y, Seconds(1), Seconds(5));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("relativeTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new AdaptiveIntegrator(1, 0, 1e-9)).ParamName);
        Assert.Equal("absoluteTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new AdaptiveIntegrator(1, 1e-6, double.NaN)).ParamName);
        Assert.Equal("dimension", Assert.Throws<ArgumentOutOfRangeException>(() => new AdaptiveIntegrator(0, 1e-6, 1e-9)).ParamName);
        Assert.Equal("absoluteTolerances[1]", Assert.Throws<ArgumentOutOfRangeException>(() => new AdaptiveIntegrator(1e-6, [1e-9, -1])).ParamName);
        Assert.Equal("maximumStep", Assert.Throws<ArgumentOutOfRangeException>(() => new AdaptiveIntegrator(1, 1e-6, 1e-9, Duration.Zero)).ParamName);
        var integrator = new AdaptiveIntegrator(1, 1e-6, 1e-9);
        Assert.Equal("system", Assert.Throws<ArgumentException>(() => integrator.Integrate(new Oscillator(1), new double[1], Seconds(0), Seconds(1))).ParamName);
        Assert.Equal("state", Assert.Throws<ArgumentException>(() => integrator.Integrate(new Decay(1), new double[2], Seconds(0), Seconds(1))).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => integrator.Integrate(new Decay(1), new double[1], Seconds(1), Seconds(0))).ParamName);
        Assert.Equal("state[0]", Assert.Throws<ArgumentOutOfRangeException>(() => integrator.Integrate(new Decay(1), [double.NaN], Seconds(0), Seconds(1))).ParamName);
    }
}
