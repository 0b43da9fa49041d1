using System.Runtime.Intrinsics;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>The inlined vector e^a and e^a − 1 against <see cref="Math.Exp(double)"/> and an independent series.</summary>
public class VectorExpTests
{
    public static TheoryData<double, double> Ranges() => new()
    {
        { -1e-12, 0 },       // e^a − 1 ≈ a: cancellation would show here
        { -1e-3, -1e-12 },
        { -0.35, -1e-3 },    // k = 0: p itself
        { -1.1, -0.3 },      // the first reduction boundaries, k = −1, −2
        { -708, -1 },        // every k down to −1021
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Exp_is_within_two_ulps_of_Math_Exp_and_exp_minus_one_within_two_ulps_of_a_reference(double low, double high)
    {
        var rng = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var a = low + (rng.NextDouble() * (high - low));
            var expected = Math.Exp(a);
            var minusOne = ExpMinusOne(a);
            var em512 = VectorExp.NonPositiveMinusOne<Simd512, Vector512<double>>(Vector512.Create(a), out var y512);
            var em256 = VectorExp.NonPositiveMinusOne<Simd256, Vector256<double>>(Vector256.Create(a), out var y256);
            Assert.True(Math.Abs(y512.GetElement(4) - expected) <= 2 * Ulp(expected), $"512: exp({a:R}) = {expected:R}, got {y512.GetElement(4):R}");
            Assert.True(Math.Abs(y256.GetElement(1) - expected) <= 2 * Ulp(expected), $"256: exp({a:R}) = {expected:R}, got {y256.GetElement(1):R}");
            Assert.True(Math.Abs(em512.GetElement(7) - minusOne) <= 3 * Ulp(minusOne), $"512: expm1({a:R}) = {minusOne:R}, got {em512.GetElement(7):R}");
            Assert.True(Math.Abs(em256.GetElement(2) - minusOne) <= 3 * Ulp(minusOne), $"256: expm1({a:R}) = {minusOne:R}, got {em256.GetElement(2):R}");
        }
    }

    [Fact]
    public void Exact_points()
    {
        var em = VectorExp.NonPositiveMinusOne<Simd512, Vector512<double>>(Vector512<double>.Zero, out var y);
        Assert.Equal(1.0, y.GetElement(0));
        Assert.Equal(0.0, em.GetElement(0));
        em = VectorExp.NonPositiveMinusOne<Simd512, Vector512<double>>(Vector512.Create(-Math.Log(2)), out y);
        Assert.Equal(0.5, y.GetElement(0), 15);
        Assert.Equal(-0.5, em.GetElement(0), 15);
    }

    // e^a − 1: the Taylor series summed smallest term first where it converges fast (|a| < 0.5), else Math.Exp(a) − 1,
    // which loses nothing there (|e^a − 1| ≥ 0.39 and the subtraction is exact by Sterbenz's lemma or nearly so).
    private static double ExpMinusOne(double a)
    {
        if (Math.Abs(a) >= 0.5)
        {
            return Math.Exp(a) - 1;
        }

        var terms = new double[30];
        var term = a;
        for (var n = 1; n <= 30; n++)
        {
            terms[n - 1] = term;
            term *= a / (n + 1);
        }

        var sum = 0.0;
        for (var n = 29; n >= 0; n--)
        {
            sum += terms[n];
        }

        return sum;
    }

    private static double Ulp(double x) => Math.Max(Math.BitIncrement(Math.Abs(x)) - Math.Abs(x), double.Epsilon);
}
