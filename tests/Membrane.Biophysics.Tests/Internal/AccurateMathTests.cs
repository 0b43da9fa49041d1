using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Tests.Internal;

public class AccurateMathTests
{
    /// <summary>Expected values from CPython 3.11's <c>math.expm1</c> (the C library's expm1), printed with repr.</summary>
    [Theory]
    [InlineData(1e-10, 1.00000000005e-10)]
    [InlineData(-4.152627704974085e-05, -4.1525414845832795e-05)]
    [InlineData(1e-5, 1.0000050000166668e-05)]
    [InlineData(-0.5, -0.3934693402873666)]
    [InlineData(2.0, 6.38905609893065)]
    [InlineData(-800.0, -1.0)]
    [InlineData(0.0, 0.0)]
    public void ExpM1_agrees_with_the_C_library_to_a_few_ulps(double x, double expected) =>
        Assert.True(Math.Abs(AccurateMath.ExpM1(x) - expected) <= 4 * Math.Abs(Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected)),
            $"expm1({x:R}) = {AccurateMath.ExpM1(x):R}, expected {expected:R}");
}
