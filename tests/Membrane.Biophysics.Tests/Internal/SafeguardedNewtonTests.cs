using Membrane.Biophysics.Internal;
using MathNetNewton = MathNet.Numerics.RootFinding.RobustNewtonRaphson;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>Bracketed Newton against Cardano's root, the Dottie number and MathNet's robust Newton–Raphson, and its refusals.</summary>
public class SafeguardedNewtonTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(-1)] // decreasing: f(a) > 0 > f(b)
    public void Finds_Wallis_root_as_Cardano_and_MathNet_do(double sign)
    {
        var f = new RootFunctions.Wallis(sign, hasDerivative: true);
        double a = 0, fa = f.Evaluate(0), b = 10, fb = f.Evaluate(10);
        Assert.True(SafeguardedNewton.TryFind(ref f, ref a, ref fa, ref b, ref fb, 5, 1e-16, 100, out var root, out var iterations));
        Assert.Equal(RootFunctions.WallisRoot, root, 4e-15);
        var mathNet = MathNetNewton.FindRoot(x => (x * x * x) - (2 * x) - 5, x => (3 * x * x) - 2, 0, 10, 1e-14);
        Assert.Equal(mathNet, root, 1e-13);
        Assert.InRange(iterations, 1, 9); // quadratic: about six steps from x = 5, none spent bisecting at the end
        Assert.True(Math.Min(a, b) <= root && root <= Math.Max(a, b), "the final bracket holds the root");
    }

    [Fact]
    public void Converges_quadratically_on_the_Dottie_number()
    {
        var f = new RootFunctions.Dottie();
        Assert.Equal(RootFunctions.DottieNumber, SafeguardedNewton.Find(ref f, 0, 1, 1, Math.Cos(1) - 1, 0.5, 1e-16, "cos x = x", maxIterations: 8), 2e-16);
    }

    [Fact]
    public void Without_a_derivative_it_hands_the_bracket_to_Brent()
    {
        var f = new RootFunctions.Wallis(1, hasDerivative: false);
        double a = 0, fa = f.Evaluate(0), b = 10, fb = f.Evaluate(10);
        Assert.True(SafeguardedNewton.TryFind(ref f, ref a, ref fa, ref b, ref fb, 5, 1e-16, 100, out var root, out _));
        Assert.Equal(RootFunctions.WallisRoot, root, 4e-15);
    }

    [Fact]
    public void A_start_outside_the_bracket_is_replaced_by_its_midpoint_and_an_end_that_is_a_root_is_returned()
    {
        var f = new RootFunctions.Dottie();
        double a = 0, fa = 1, b = 1, fb = Math.Cos(1) - 1;
        Assert.True(SafeguardedNewton.TryFind(ref f, ref a, ref fa, ref b, ref fb, 42, 1e-16, 50, out var root, out _));
        Assert.Equal(RootFunctions.DottieNumber, root, 2e-16);

        var g = new RootFunctions.Wallis(1, hasDerivative: true);
        double c = RootFunctions.WallisRoot, fc = 0, d = 3, fd = g.Evaluate(3);
        Assert.True(SafeguardedNewton.TryFind(ref g, ref c, ref fc, ref d, ref fd, 2.5, 0, 50, out root, out var iterations));
        Assert.Equal((RootFunctions.WallisRoot, 0), (root, iterations));
    }

    [Fact]
    public void A_bracket_without_a_sign_change_is_refused_by_both_forms()
    {
        var f = new RootFunctions.Constant(2);
        double a = -1, fa = 2, b = 1, fb = 2;
        Assert.False(SafeguardedNewton.TryFind(ref f, ref a, ref fa, ref b, ref fb, 0, 1e-12, 50, out var root, out _));
        Assert.True(double.IsNaN(root));
        var thrown = Assert.Throws<ConvergenceException>(() =>
        {
            var g = new RootFunctions.Constant(2);
            return SafeguardedNewton.Find(ref g, -1, 2, 1, 2, 0, 1e-12, "constant");
        });
        Assert.Contains("do not bracket a root", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_iterations_return_false_with_the_last_iterate()
    {
        var f = new RootFunctions.Wallis(1, hasDerivative: true);
        double a = -100, fa = f.Evaluate(-100), b = 1000, fb = f.Evaluate(1000);
        Assert.False(SafeguardedNewton.TryFind(ref f, ref a, ref fa, ref b, ref fb, 999, 1e-16, 2, out var root, out var iterations));
        Assert.Equal(2, iterations);
        Assert.True(root > a && root < b && double.IsFinite(root));
        var thrown = Assert.Throws<ConvergenceException>(() =>
        {
            var g = new RootFunctions.Wallis(1, hasDerivative: true);
            return SafeguardedNewton.Find(ref g, -100, g.Evaluate(-100), 1000, g.Evaluate(1000), 999, 1e-16, "Wallis", maxIterations: 2);
        });
        Assert.Equal(2, thrown.Iterations);
    }

    [Fact]
    public void Does_not_allocate()
    {
        var f = new RootFunctions.Dottie();
        double a = 0, fa = 1, b = 1, fb = Math.Cos(1) - 1;
        var before = GC.GetAllocatedBytesForCurrentThread();
        SafeguardedNewton.TryFind(ref f, ref a, ref fa, ref b, ref fb, 0.5, 1e-16, 50, out _, out _);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
