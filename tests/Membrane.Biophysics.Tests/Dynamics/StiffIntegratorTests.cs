using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Xunit.Abstractions;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// The Rodas integrator against Robertson's kinetics and Van der Pol at μ = 1000 (references from SciPy's Radau at
/// rtol 1e-12, tests/reference/stiff_scipy.py, and the literature), a stiff linear system and a nonlinear equation with
/// closed forms, its order measured with fixed steps, and the errors it shares with the explicit method.
/// </summary>
public class StiffIntegratorTests(ITestOutputHelper output)
{
    /// <summary>Robertson (1966); Hairer &amp; Wanner (1996) §IV.1 eq. (1.4).</summary>
    private readonly struct Robertson : IOdeSystem
    {
        public int Dimension => 3;

        public void Derivatives(double time, ReadOnlySpan<double> y, Span<double> rates)
        {
            rates[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
            rates[2] = 3e7 * y[1] * y[1];
            rates[1] = -rates[0] - rates[2];
        }
    }

    /// <summary>Robertson with its analytic Jacobian.</summary>
    private readonly struct RobertsonWithJacobian : IOdeJacobian
    {
        public int Dimension => 3;

        public void Derivatives(double time, ReadOnlySpan<double> y, Span<double> rates) => new Robertson().Derivatives(time, y, rates);

        public void Jacobian(double time, ReadOnlySpan<double> y, Span<double> j)
        {
            j[0] = -0.04;
            j[1] = 1e4 * y[2];
            j[2] = 1e4 * y[1];
            j[3] = 0.04;
            j[4] = -1e4 * y[2] - 6e7 * y[1];
            j[5] = -1e4 * y[1];
            j[6] = 0;
            j[7] = 6e7 * y[1];
            j[8] = 0;
        }
    }

    /// <summary>Van der Pol y″ − μ(1 − y²)y′ + y = 0 as y₁′ = y₂, y₂′ = μ(1 − y₁²)y₂ − y₁ (Hairer &amp; Wanner 1996 §IV.1).</summary>
    private readonly struct VanDerPol(double mu) : IOdeSystem
    {
        public int Dimension => 2;

        public void Derivatives(double time, ReadOnlySpan<double> y, Span<double> rates)
        {
            rates[0] = y[1];
            rates[1] = mu * (1 - y[0] * y[0]) * y[1] - y[0];
        }
    }

    /// <summary>y′ = A y with A = [[−5000.5, 4999.5], [4999.5, −5000.5]]: eigenvalues −1 on (1, 1) and −10⁴ on (1, −1), so from (2, 0) y = e^(−t)(1, 1) + e^(−10⁴t)(1, −1).</summary>
    private readonly struct StiffLinear : IOdeSystem
    {
        public int Dimension => 2;

        public void Derivatives(double time, ReadOnlySpan<double> y, Span<double> rates)
        {
            rates[0] = -5000.5 * y[0] + 4999.5 * y[1];
            rates[1] = 4999.5 * y[0] - 5000.5 * y[1];
        }
    }

    /// <summary>y′ = −2t y², non-autonomous and nonlinear: y = 1/(1 + t²) from y(0) = 1.</summary>
    private readonly struct Rational : IOdeSystem
    {
        public int Dimension => 1;

        public void Derivatives(double time, ReadOnlySpan<double> y, Span<double> rates) => rates[0] = -2 * time * y[0] * y[0];
    }

    /// <summary>The Prothero–Robinson equation y′ = λ(y − sin t) + cos t, y = sin t from 0, with λ = −10⁶: stiff and non-autonomous.</summary>
    private readonly struct ProtheroRobinson : IOdeSystem
    {
        public int Dimension => 1;

        public void Derivatives(double time, ReadOnlySpan<double> y, Span<double> rates) => rates[0] = -1e6 * (y[0] - Math.Sin(time)) + Math.Cos(time);
    }

    private static Duration Seconds(double s) => Duration.FromSeconds(s);

    [Fact]
    public void Robertson_kinetics_match_the_reference_over_five_decades_of_time()
    {
        var integrator = new StiffIntegrator(1e-8, [1e-12, 1e-16, 1e-12]);
        double[] y = [1, 0, 0];
        double t = 0;
        foreach (var (time, expected) in RobertsonExpected)
        {
            integrator.Integrate(new Robertson(), y, Seconds(t), Seconds(time));
            t = time;
            output.WriteLine($"t = {time:G}: y = ({y[0]:R}, {y[1]:R}, {y[2]:R}); {integrator.Statistics}");
            for (int i = 0; i < 3; i++)
            {
                Assert.InRange(Math.Abs(y[i] - expected[i]) / expected[i], 0, 1e-7);
            }

            // Rosenbrock methods keep linear invariants: y₁ + y₂ + y₃ = 1.
            Assert.InRange(y[0] + y[1] + y[2] - 1, -1e-12, 1e-12);
        }

        Assert.InRange(integrator.Statistics.AcceptedSteps, 1, 2000);
    }

    /// <summary>
    /// SciPy 1.10.1 Radau at rtol 1e-12, atol (1e-14, 1e-20, 1e-14) with the analytic Jacobian
    /// (tests/reference/stiff_robertson.json; LSODA at the same tolerances agrees to 1e-10 relative). At t = 40 the row
    /// is the literature's y = (0.7158270687, 9.185534764e-6, 0.2841637457) (Hairer &amp; Wanner 1996, §IV.1).
    /// </summary>
    private static readonly (double Time, double[] Y)[] RobertsonExpected =
    [
        (0.4, [0.9851721138609901, 3.3863953789748954e-05, 0.014794022185219828]),
        (4.0, [0.9055186785842643, 2.2404756875603266e-05, 0.0944589166588583]),
        (40.0, [0.7158270687193935, 9.185534764556673e-06, 0.2841637457458391]),
        (400.0, [0.45051866847108485, 3.2229014416742265e-06, 0.5494781086274709]),
        (4000.0, [0.18320225777669996, 8.942371252775278e-07, 0.8167968479861711]),
        (40000.0, [0.038983377085483086, 1.6217683159096992e-07, 0.9610164607376814]),
    ];

    [Fact]
    public void An_analytic_Jacobian_is_used_and_gives_the_same_solution()
    {
        var differences = new StiffIntegrator(1e-8, [1e-12, 1e-16, 1e-12]);
        var analytic = new StiffIntegrator(1e-8, [1e-12, 1e-16, 1e-12]);
        double[] y = [1, 0, 0], yAnalytic = [1, 0, 0];
        differences.Integrate(new Robertson(), y, Seconds(0), Seconds(40));
        analytic.Integrate(new RobertsonWithJacobian(), yAnalytic, Seconds(0), Seconds(40));
        output.WriteLine($"differences {differences.Statistics}; analytic {analytic.Statistics}");
        var expected = RobertsonExpected[2];
        Assert.Equal(40, expected.Time);
        for (int i = 0; i < 3; i++)
        {
            Assert.InRange(Math.Abs(yAnalytic[i] - expected.Y[i]) / expected.Y[i], 0, 1e-7);
        }

        // Per accepted step: 5 stages, ∂f/∂t and f at the new point (not after the last); per rejected step the 5 stages;
        // f at the start and the starting-step estimate once. Differences would add n = 3 per step.
        var s = analytic.Statistics;
        Assert.Equal((7 * s.AcceptedSteps) - 1 + (5 * s.RejectedSteps) + 2, s.Evaluations);

        var before = GC.GetAllocatedBytesForCurrentThread();
        analytic.Integrate(new RobertsonWithJacobian(), yAnalytic, Seconds(40), Seconds(400));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Van_der_Pol_at_mu_1000_follows_the_reference_through_its_relaxation_cycles()
    {
        var integrator = new StiffIntegrator(2, 1e-10, 1e-10);
        double[] y = [2, 0];
        // The explicit method would be held to steps of about a millisecond by the fast eigenvalue (≈ −μ(y₁² − 1)): millions.
        double t = 0;
        foreach (var (time, expected) in VanDerPolExpected)
        {
            integrator.Integrate(new VanDerPol(1000), y, Seconds(t), Seconds(time));
            t = time;
            output.WriteLine($"t = {time:G}: y = ({y[0]:R}, {y[1]:R}); {integrator.Statistics}");
            Assert.Equal(expected[0], y[0], 1e-7);
            Assert.Equal(expected[1], y[1], 1e-9);
        }

        Assert.InRange(integrator.Statistics.AcceptedSteps, 1, 20_000);
    }

    /// <summary>
    /// SciPy 1.10.1 Radau at rtol = atol = 1e-12 with the analytic Jacobian (tests/reference/stiff_vanderpol.json; LSODA
    /// at the same tolerances agrees to 1e-9). Two relaxation cycles of period ≈ (3 − 2 ln 2)μ = 1614.
    /// </summary>
    private static readonly (double Time, double[] Y)[] VanDerPolExpected =
    [
        (1000.0, [-1.863646254810861, 0.0007535430865400715]),
        (2000.0, [1.706167732178961, -0.0008928097010090364]),
        (3000.0, [-1.5106069367597525, 0.0011783800006995426]),
    ];

    [Fact]
    public void A_stiff_linear_system_meets_its_closed_form_in_a_few_hundred_steps()
    {
        var stiff = new StiffIntegrator(2, 1e-8, 1e-12);
        var explicitMethod = new AdaptiveIntegrator(2, 1e-8, 1e-12);
        double[] y = [2, 0], yExplicit = [2, 0];
        for (var k = 1; k <= 10; k++)
        {
            stiff.Integrate(new StiffLinear(), y, Seconds(k - 1), Seconds(k));
            explicitMethod.Integrate(new StiffLinear(), yExplicit, Seconds(k - 1), Seconds(k));
            double slow = Math.Exp(-k), fast = Math.Exp(-1e4 * k);
            Assert.InRange(Math.Abs(y[0] - (slow + fast)) / slow, 0, 1e-6);
            Assert.InRange(Math.Abs(y[1] - (slow - fast)) / slow, 0, 1e-6);
        }

        output.WriteLine($"stiff {stiff.Statistics}; explicit {explicitMethod.Statistics}");
        Assert.True(stiff.Statistics.AcceptedSteps * 20 < explicitMethod.Statistics.AcceptedSteps, "the explicit method is held to steps of about 3/10⁴ s");
    }

    [Fact]
    public void The_stiff_non_autonomous_Prothero_Robinson_equation_stays_on_sin_t()
    {
        var integrator = new StiffIntegrator(1, 1e-8, 1e-10);
        double[] y = [0];
        integrator.Integrate(new ProtheroRobinson(), y, Seconds(0), Seconds(10));
        output.WriteLine($"y(10) = {y[0]:R}, sin 10 = {Math.Sin(10):R}; {integrator.Statistics}");
        Assert.Equal(Math.Sin(10), y[0], 1e-7);
        Assert.InRange(integrator.Statistics.AcceptedSteps, 1, 1000);
    }

    /// <summary>With fixed steps (loose tolerances, a maximum step, one step per call) the error of a fourth-order method falls 16× per halving.</summary>
    [Fact]
    public void The_measured_order_is_four()
    {
        double Error(double h)
        {
            var integrator = new StiffIntegrator(1, 1e3, 1e3, Seconds(h));
            double[] warmUp = [1];
            integrator.Integrate(new Rational(), warmUp, Seconds(0), Seconds(2)); // lets the step size grow to h
            double[] y = [1];
            int steps = (int)Math.Round(2 / h);
            long before = integrator.Statistics.AcceptedSteps;
            for (int k = 0; k < steps; k++)
            {
                integrator.Integrate(new Rational(), y, Seconds(k * h), Seconds((k + 1) * h));
            }

            Assert.Equal(steps, integrator.Statistics.AcceptedSteps - before);
            Assert.Equal(0, integrator.Statistics.RejectedSteps);
            return Math.Abs(y[0] - 1 / (1 + 2.0 * 2.0));
        }

        double[] hs = [0.125, 0.0625, 0.03125, 0.015625]; // exact in binary, so k·h + h lands on (k + 1)·h
        double[] errors = hs.Select(Error).ToArray();
        for (int i = 1; i < hs.Length; i++)
        {
            double order = Math.Log(errors[i - 1] / errors[i]) / Math.Log(hs[i - 1] / hs[i]);
            output.WriteLine($"h = {hs[i]}: error {errors[i]:G3}, observed order {order:F2}");
            Assert.InRange(order, 3.6, 4.6);
        }
    }

    [Fact]
    public void Integrating_does_not_allocate()
    {
        var integrator = new StiffIntegrator(2, 1e-8, 1e-10);
        double[] y = [2, 0];
        integrator.Integrate(new VanDerPol(10), y, Seconds(0), Seconds(1));
        var before = GC.GetAllocatedBytesForCurrentThread();
        integrator.Integrate(new VanDerPol(10), y, Seconds(1), Seconds(20));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("relativeTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new StiffIntegrator(1, 0, 1e-9)).ParamName);
        Assert.Equal("absoluteTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new StiffIntegrator(1, 1e-6, double.NaN)).ParamName);
        Assert.Equal("dimension", Assert.Throws<ArgumentOutOfRangeException>(() => new StiffIntegrator(0, 1e-6, 1e-9)).ParamName);
        Assert.Equal("absoluteTolerances[1]", Assert.Throws<ArgumentOutOfRangeException>(() => new StiffIntegrator(1e-6, [1e-9, -1])).ParamName);
        Assert.Equal("maximumStep", Assert.Throws<ArgumentOutOfRangeException>(() => new StiffIntegrator(1, 1e-6, 1e-9, Duration.Zero)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => OdeIntegrator.Create((OdeMethod)7, 1e-6, [1e-9])).ParamName);
        var integrator = new StiffIntegrator(1, 1e-6, 1e-9);
        Assert.Equal("system", Assert.Throws<ArgumentException>(() => integrator.Integrate(new VanDerPol(1), new double[1], Seconds(0), Seconds(1))).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => integrator.Integrate(new Rational(), new double[1], Seconds(1), Seconds(0))).ParamName);
    }

    [Fact]
    public void Create_gives_the_method_asked_for()
    {
        Assert.IsType<AdaptiveIntegrator>(OdeIntegrator.Create(OdeMethod.Explicit, 1e-6, [1e-9, 1e-9]));
        var stiff = Assert.IsType<StiffIntegrator>(OdeIntegrator.Create(OdeMethod.Stiff, 1e-6, [1e-9, 1e-9], Seconds(0.5)));
        Assert.Equal(2, stiff.Dimension);
        Assert.Equal(Seconds(0.5), stiff.MaximumStep);
    }
}
