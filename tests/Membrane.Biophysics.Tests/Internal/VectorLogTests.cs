using System.Runtime.Intrinsics;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>The inlined vector logarithm against <see cref="Math.Log(double)"/> (the C library's correctly rounded-ish log).</summary>
public class VectorLogTests
{
    public static TheoryData<double, double> Ranges() => new()
    {
        { 0.5, 2 },          // the reduction boundaries √½ and √2
        { 0.999, 1.001 },    // ln x ≈ x − 1: cancellation would show here
        { 1e-300, 1e300 },   // every exponent
        { 2.2250738585072014E-308, 1e-300 },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Is_within_two_ulps_of_Math_Log_in_both_widths(double low, double high)
    {
        var rng = new Random(42);
        for (var i = 0; i < 20_000; i++)
        {
            var x = Math.Exp(Math.Log(low) + (rng.NextDouble() * (Math.Log(high) - Math.Log(low))));
            var expected = Math.Log(x);
            var wide = VectorLog.OfPositiveNormal<Simd512, Vector512<double>>(Vector512.Create(x)).GetElement(3);
            var narrow = VectorLog.OfPositiveNormal<Simd256, Vector256<double>>(Vector256.Create(x)).GetElement(1);
            var ulp = Math.Max(Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected), double.Epsilon);
            Assert.True(Math.Abs(wide - expected) <= 2 * ulp, $"512: ln({x:R}) = {expected:R}, got {wide:R}");
            Assert.True(Math.Abs(narrow - expected) <= 2 * ulp, $"256: ln({x:R}) = {expected:R}, got {narrow:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Log_of_a_ratio_is_within_three_ulps_of_Math_Log_of_the_exact_quotient(double low, double high)
    {
        var rng = new Random(7);
        double Draw() => Math.Exp(Math.Log(low) + (rng.NextDouble() * (Math.Log(high) - Math.Log(low))));
        for (var i = 0; i < 20_000; i++)
        {
            var (x, y) = (Draw(), Draw());
            // Reference: ln x − ln y when the quotient is far from 1; ln of the (exactly rounded) quotient near 1.
            var q = x / y;
            var expected = Math.Abs(q - 1) < 0.5 ? Math.Log(q) : Math.Log(x) - Math.Log(y);
            var got = VectorLog.OfRatio<Simd512, Vector512<double>>(Vector512.Create(x), Vector512.Create(y)).GetElement(5);
            var got256 = VectorLog.OfRatio<Simd256, Vector256<double>>(Vector256.Create(x), Vector256.Create(y)).GetElement(2);
            var ulp = Math.Max(Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected), double.Epsilon);
            var tolerance = (3 * ulp) + (Math.Abs(q - 1) < 0.5 ? 2.3e-16 * Math.Abs(q) : 0); // the reference's own rounding of x/y
            Assert.True(Math.Abs(got - expected) <= tolerance, $"ln({x:R}/{y:R}) = {expected:R}, got {got:R}");
            Assert.True(Math.Abs(got256 - expected) <= tolerance, $"256: ln({x:R}/{y:R}) = {expected:R}, got {got256:R}");
        }
    }

    [Fact]
    public void Exact_points()
    {
        Assert.Equal(0.0, VectorLog.OfPositiveNormal<Simd512, Vector512<double>>(Vector512<double>.One).GetElement(0));
        Assert.Equal(Math.Log(2), VectorLog.OfPositiveNormal<Simd512, Vector512<double>>(Vector512.Create(2.0)).GetElement(0), 15);
        Assert.Equal(Math.Log(Math.Sqrt(2)), VectorLog.OfPositiveNormal<Simd512, Vector512<double>>(Vector512.Create(Math.Sqrt(2))).GetElement(0), 15);
    }
}
