using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>How both integrators fail: a solution that leaves every bound, a pole in the rate, a rate that turns NaN.</summary>
public class OdeIntegratorFailureTests
{
    /// <summary>y′ = y², which leaves every bound at t = 1 from y(0) = 1 (y = 1/(1 − t)).</summary>
    private readonly struct BlowUp : IOdeSystem
    {
        public int Dimension => 1;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates) => rates[0] = state[0] * state[0];
    }

    /// <summary>y′ = 1/(1 − t): y = −ln(1 − t) stays modest while the rate has a pole at t = 1.</summary>
    private readonly struct Pole : IOdeSystem
    {
        public int Dimension => 1;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates) => rates[0] = 1 / (1 - time);
    }

    /// <summary>A rate that is NaN once y falls below 0.5: √(y − 0.5), the kind of bug a model's rate function has.</summary>
    private readonly struct RootOfNegative : IOdeSystem
    {
        public int Dimension => 1;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates) => rates[0] = -1 + 0 * Math.Sqrt(state[0] - 0.5);

        public string VariableName(int index) => "[Ca²⁺]i";
    }

    private static Duration Seconds(double s) => Duration.FromSeconds(s);

    private static OdeIntegrator Make(OdeMethod method) => OdeIntegrator.Create(method, 1e-8, [1e-8]);

    [Theory]
    [InlineData(OdeMethod.Explicit)]
    [InlineData(OdeMethod.Stiff)]
    public void A_solution_that_leaves_every_bound_reports_when(OdeMethod method)
    {
        double[] y = [1];
        var ex = Assert.Throws<NonFiniteStateException>(() => Make(method).Integrate(new BlowUp(), y, Seconds(0), Seconds(2)));
        Assert.InRange(ex.Time.Seconds, 0.999, 1.001); // the numerical solution lags the exact one a little
        Assert.True(y[0] > 1e6, "the state is left at the last accepted step, close to the blow-up");
    }

    [Theory]
    [InlineData(OdeMethod.Explicit)]
    [InlineData(OdeMethod.Stiff)]
    public void A_pole_in_the_rate_stops_with_the_residual_and_the_time(OdeMethod method)
    {
        double[] y = [0];
        var ex = Assert.Throws<ConvergenceException>(() => Make(method).Integrate(new Pole(), y, Seconds(0), Seconds(2)));
        Assert.Contains("t = 0.99999", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Residual > 1);
        Assert.InRange(y[0], 10, 40); // −ln(1 − t) just short of the pole
    }

    [Theory]
    [InlineData(OdeMethod.Explicit)]
    [InlineData(OdeMethod.Stiff)]
    public void A_rate_that_turns_NaN_is_named_with_the_time(OdeMethod method)
    {
        double[] y = [1];
        var ex = Assert.Throws<NonFiniteStateException>(() => Make(method).Integrate(new RootOfNegative(), y, Seconds(0), Seconds(2)));
        Assert.Equal("d[Ca²⁺]i/dt", ex.Variable);
        Assert.InRange(ex.Time.Seconds, 0.45, 0.5);
    }
}
