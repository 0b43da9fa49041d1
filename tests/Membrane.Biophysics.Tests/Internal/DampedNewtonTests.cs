using Membrane.Biophysics.Internal;
using MathNetBroyden = MathNet.Numerics.RootFinding.Broyden;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>The damped finite-difference Newton against closed-form roots and MathNet's Broyden method, and its refusals.</summary>
public class DampedNewtonTests
{
    private static readonly DampedNewtonOptions Options = new(50, 1e-15, 1e-14, 1e-13, 1e-8);

    [Fact]
    public void Finds_where_a_circle_meets_a_line_as_the_closed_form_and_MathNet_do()
    {
        // x² + y² = 4 and x = y: (√2, √2).
        var f = new CircleAndLine();
        double[] x = [1, 0.5];
        var iterations = 0;
        Assert.True(Solve(ref f, x, Options, ref iterations, out var residual));
        Assert.Equal(Math.Sqrt(2), x[0], 1e-14);
        Assert.Equal(Math.Sqrt(2), x[1], 1e-14);
        Assert.True(residual <= 1e-14);
        var mathNet = MathNetBroyden.FindRoot(v => [(v[0] * v[0]) + (v[1] * v[1]) - 4, v[0] - v[1]], [1, 0.5], 1e-14);
        Assert.Equal(mathNet[0], x[0], 1e-12);
        Assert.Equal(mathNet[1], x[1], 1e-12);
        Assert.InRange(iterations, 1, 10);
    }

    [Fact]
    public void The_line_search_tames_a_start_where_plain_Newton_diverges()
    {
        // arctan x = 0 from x = 3: the full Newton step goes to x − (1 + x²) arctan x ≈ −9.5, and on outward.
        var f = new Arctangent();
        double[] x = [3];
        var iterations = 0;
        Assert.True(Solve(ref f, x, Options, ref iterations, out _));
        Assert.Equal(0, x[0], 1e-15);
    }

    [Fact]
    public void A_trial_point_where_F_is_undefined_is_stepped_back_from()
    {
        // ln x − 1 = 0 from x = 10: the full step lands at x ≈ −3.0, where ln is undefined; halving finds x > 0. Root: e.
        var f = new LogMinusOne();
        double[] x = [10];
        var iterations = 0;
        Assert.True(Solve(ref f, x, Options, ref iterations, out _));
        Assert.Equal(Math.E, x[0], 1e-14);
    }

    [Fact]
    public void A_singular_Jacobian_an_undefined_start_and_too_few_iterations_return_false()
    {
        // x + y = 1 and 2x + 2y = 3: parallel lines, a singular Jacobian everywhere.
        var parallel = new ParallelLines();
        var iterations = 0;
        Assert.False(Solve(ref parallel, [0, 0], Options, ref iterations, out _));

        var log = new LogMinusOne();
        Assert.False(Solve(ref log, [-1], Options, ref iterations, out var residual));
        Assert.Equal(double.PositiveInfinity, residual);

        var arctangent = new Arctangent();
        iterations = 0;
        Assert.False(Solve(ref arctangent, [3], Options with { MaxIterations = 2, ResidualFloor = 0 }, ref iterations, out residual));
        Assert.Equal(2, iterations);
        Assert.True(residual > 0);
    }

    [Fact]
    public void Counts_iterations_on_from_the_callers_total_and_does_not_allocate()
    {
        var f = new CircleAndLine();
        var x = new double[2];
        var workspace = new double[DampedNewton.WorkspaceLength(2)];
        var pivots = new int[2];
        var iterations = 100;
        x[0] = 1;
        x[1] = 0.5;
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(DampedNewton.TrySolve(ref f, x, Options, workspace, pivots, ref iterations, out _));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.InRange(iterations, 101, 110);
    }

    private static bool Solve<TF>(ref TF f, double[] x, DampedNewtonOptions options, ref int iterations, out double residual)
        where TF : IVectorFunction =>
        DampedNewton.TrySolve(ref f, x, options, new double[DampedNewton.WorkspaceLength(x.Length)], new int[x.Length], ref iterations, out residual);

    private readonly struct CircleAndLine : IVectorFunction
    {
        public bool TryEvaluate(ReadOnlySpan<double> x, Span<double> f)
        {
            f[0] = (x[0] * x[0]) + (x[1] * x[1]) - 4;
            f[1] = x[0] - x[1];
            return true;
        }
    }

    private readonly struct Arctangent : IVectorFunction
    {
        public bool TryEvaluate(ReadOnlySpan<double> x, Span<double> f)
        {
            f[0] = Math.Atan(x[0]);
            return true;
        }
    }

    private readonly struct LogMinusOne : IVectorFunction
    {
        public bool TryEvaluate(ReadOnlySpan<double> x, Span<double> f)
        {
            f[0] = Math.Log(x[0]) - 1;
            return x[0] > 0;
        }
    }

    private readonly struct ParallelLines : IVectorFunction
    {
        public bool TryEvaluate(ReadOnlySpan<double> x, Span<double> f)
        {
            f[0] = x[0] + x[1] - 1;
            f[1] = (2 * x[0]) + (2 * x[1]) - 3;
            return true;
        }
    }
}
