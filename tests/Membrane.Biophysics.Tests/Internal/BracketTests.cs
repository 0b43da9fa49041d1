using Membrane.Biophysics.Internal;
using MathNetBracketing = MathNet.Numerics.RootFinding.ZeroCrossingBracketing;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>Outward bracket expansion: the points it visits (worked by hand), its limits, and its refusals.</summary>
public class BracketTests
{
    [Fact]
    public void Expands_up_by_doubling_steps_and_keeps_the_last_point_passed_as_the_lower_end()
    {
        // f = x − 37 from [0, 0], s = 1: 0 → 1 → 3 → 7 → 15 → 31 → 63; the bracket is [31, 63].
        var f = new RootFunctions.Shifted(37);
        double lo = 0, hi = 0;
        Assert.True(Bracket.TryExpand(ref f, ref lo, ref hi, out var fLo, out var fHi, 1, double.NegativeInfinity, double.PositiveInfinity, 64));
        Assert.Equal((31.0, 63.0, -6.0, 26.0), (lo, hi, fLo, fHi));
    }

    [Fact]
    public void Expands_down_and_keeps_the_last_point_passed_as_the_upper_end()
    {
        // f = x + 10 from [5, 6], s = 1: 5 → 4 → 2 → −2 → −10 (f = 0 stops it); the bracket is [−10, −2].
        var f = new RootFunctions.Shifted(-10);
        double lo = 5, hi = 6;
        Assert.True(Bracket.TryExpand(ref f, ref lo, ref hi, out var fLo, out var fHi, 1, double.NegativeInfinity, double.PositiveInfinity, 64));
        Assert.Equal((-10.0, -2.0, 0.0, 8.0), (lo, hi, fLo, fHi));
    }

    [Fact]
    public void A_first_guess_that_brackets_is_kept_and_agrees_with_MathNet_on_containing_the_root()
    {
        var f = new RootFunctions.Wallis(1, hasDerivative: false);
        double lo = -3, hi = 8;
        Assert.True(Bracket.TryExpand(ref f, ref lo, ref hi, out var fLo, out var fHi, 1, -100, 100, 10));
        Assert.Equal((-3.0, 8.0), (lo, hi));
        Assert.True(fLo < 0 && fHi > 0);

        // MathNet grows both ends geometrically from [10, 11]; both brackets hold the root.
        double mathNetLo = 10, mathNetHi = 11;
        Assert.True(MathNetBracketing.Expand(x => (x * x * x) - (2 * x) - 5, ref mathNetLo, ref mathNetHi));
        double ourLo = 10, ourHi = 11;
        Assert.True(Bracket.TryExpand(ref f, ref ourLo, ref ourHi, out _, out _, 1, -100, 100, 10));
        Assert.InRange(RootFunctions.WallisRoot, mathNetLo, mathNetHi);
        Assert.InRange(RootFunctions.WallisRoot, ourLo, ourHi);
    }

    [Fact]
    public void Stops_at_its_limit_or_its_step_count_and_says_which_side_failed()
    {
        var positive = new RootFunctions.Constant(1);
        double lo = 0, hi = 0;
        Assert.False(Bracket.TryExpand(ref positive, ref lo, ref hi, out var fLo, out _, 0.01, -1, 1, int.MaxValue));
        Assert.Equal(-1, lo); // clamped to the limit, as a potential to ±1 V
        Assert.True(fLo > 0); // the lower side failed

        var negative = new RootFunctions.Constant(-1);
        (lo, hi) = (0, 0);
        Assert.False(Bracket.TryExpand(ref negative, ref lo, ref hi, out fLo, out var fHi, 1, double.NegativeInfinity, double.PositiveInfinity, 5));
        Assert.Equal(31, hi); // five steps: 1 + 2 + 4 + 8 + 16
        Assert.True(fLo <= 0 && fHi < 0); // the upper side failed

        var thrown = Assert.Throws<ConvergenceException>(() =>
        {
            var g = new RootFunctions.Constant(-1);
            double a = 0, b = 0;
            Bracket.Expand(ref g, ref a, ref b, out _, out _, 1, -10, 10, 64, "constant");
        });
        Assert.Contains("could not bracket the root above x = 10", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_sided_expansion_reports_no_point_passed_when_it_does_not_move()
    {
        var f = new RootFunctions.Shifted(0);
        double x = -1, fx = -1;
        Assert.True(Bracket.TryExpandDown(ref f, ref x, ref fx, 1, -10, 10, out var passed, out _));
        Assert.True(double.IsNaN(passed));
        (x, fx) = (-1, -1);
        Assert.True(Bracket.TryExpandUp(ref f, ref x, ref fx, 1, 10, 10, out passed, out var fPassed));
        Assert.Equal((0.0, 0.0, -1.0, -1.0), (x, fx, passed, fPassed)); // −1 + 1 = 0, where f = 0 stops it
    }

    [Fact]
    public void Does_not_allocate()
    {
        var f = new RootFunctions.Shifted(1e6);
        double lo = 0, hi = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        Bracket.TryExpand(ref f, ref lo, ref hi, out _, out _, 1, double.NegativeInfinity, double.PositiveInfinity, 64);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
