using Membrane.Biophysics.Internal;
using MathNetBrent = MathNet.Numerics.RootFinding.Brent;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>Brent–Dekker against closed-form roots and MathNet's Brent, and its refusals.</summary>
public class BrentRootTests
{
    [Fact]
    public void Finds_Wallis_root_as_Cardano_and_MathNet_do()
    {
        var f = new RootFunctions.Wallis(1, hasDerivative: false);
        Assert.True(BrentRoot.TryFind(ref f, 2, f.Evaluate(2), 3, f.Evaluate(3), 1e-15, 100, out var root, out var residual));
        Assert.Equal(RootFunctions.WallisRoot, root, 4e-15);
        Assert.Equal(MathNetBrent.FindRoot(x => (x * x * x) - (2 * x) - 5, 2, 3, 1e-15), root, 4e-15);
        Assert.True(Math.Abs(residual) < 1e-13);
    }

    [Fact]
    public void Finds_the_Dottie_number_from_either_orientation_of_the_bracket()
    {
        var f = new RootFunctions.Dottie();
        Assert.Equal(RootFunctions.DottieNumber, BrentRoot.Find(ref f, 0, f.Evaluate(0), 1, f.Evaluate(1), 1e-16, "cos x = x"), 2e-16);
        Assert.Equal(RootFunctions.DottieNumber, BrentRoot.Find(ref f, 1, f.Evaluate(1), 0, f.Evaluate(0), 1e-16, "cos x = x"), 2e-16);
    }

    [Fact]
    public void An_end_that_is_a_root_is_returned_as_it_is()
    {
        var f = new RootFunctions.Shifted(0.25);
        Assert.True(BrentRoot.TryFind(ref f, 0.25, 0, 1, 0.75, 0, 10, out var root, out _));
        Assert.Equal(0.25, root);
        Assert.True(BrentRoot.TryFind(ref f, -1, -1.25, 0.25, 0, 0, 10, out root, out _));
        Assert.Equal(0.25, root);
    }

    [Fact]
    public void A_bracket_without_a_sign_change_is_refused_by_both_forms()
    {
        var f = new RootFunctions.Wallis(1, hasDerivative: false);
        Assert.False(BrentRoot.TryFind(ref f, 3, f.Evaluate(3), 4, f.Evaluate(4), 1e-12, 100, out var root, out var residual));
        Assert.True(double.IsNaN(root));
        Assert.Equal(f.Evaluate(3), residual);
        var thrown = Assert.Throws<ConvergenceException>(() =>
        {
            var g = new RootFunctions.Wallis(1, hasDerivative: false);
            return BrentRoot.Find(ref g, 3, g.Evaluate(3), 4, g.Evaluate(4), 1e-12, "Wallis");
        });
        Assert.Contains("do not bracket a root", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(0, thrown.Iterations);
        Assert.False(BrentRoot.TryFind(ref f, 2, double.NaN, 3, f.Evaluate(3), 1e-12, 100, out _, out _));
    }

    [Fact]
    public void Too_few_iterations_return_false_with_the_last_iterate_and_its_residual()
    {
        var f = new RootFunctions.Wallis(1, hasDerivative: false);
        Assert.False(BrentRoot.TryFind(ref f, -10, f.Evaluate(-10), 30, f.Evaluate(30), 1e-15, 2, out var root, out var residual));
        Assert.Equal(new RootFunctions.Wallis(1, false).Evaluate(root), residual);
        var thrown = Assert.Throws<ConvergenceException>(() =>
        {
            var g = new RootFunctions.Wallis(1, hasDerivative: false);
            return BrentRoot.Find(ref g, -10, g.Evaluate(-10), 30, g.Evaluate(30), 1e-15, "Wallis", maxIterations: 2);
        });
        Assert.Equal(2, thrown.Iterations);
        Assert.Contains("did not converge in 2 iterations", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_allocate()
    {
        var f = new RootFunctions.Dottie();
        var before = GC.GetAllocatedBytesForCurrentThread();
        BrentRoot.TryFind(ref f, 0, 1, 1, Math.Cos(1) - 1, 1e-16, 100, out _, out _);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
