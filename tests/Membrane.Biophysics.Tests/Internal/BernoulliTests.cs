using System.Collections.Generic;
using System.Runtime.Intrinsics;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using MathNetSpecial = MathNet.Numerics.SpecialFunctions;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>
/// B(x) = x/(eˣ − 1) and B′(x) against the definition evaluated in 28-digit decimal arithmetic (B = 1/S with
/// S(x) = (eˣ − 1)/x = Σ xⁿ/(n + 1)!, no cancellation for small x), against MathNet's expm1 for large |x|, and the
/// vector twins (the GHK batch kernel, the HH gate kernel) against the scalar form.
/// </summary>
public class BernoulliTests
{
    private static readonly double[] Points = Grid();

    [Fact]
    public void Matches_the_definition_in_decimal_arithmetic_to_a_few_ulps()
    {
        foreach (var x in Points)
        {
            var expected = (double)(1m / S(x));
            Assert.True(Math.Abs(Bernoulli.Of(x) - expected) <= 4 * Ulp(expected), $"B({x:R}) = {Bernoulli.Of(x):R}, expected {expected:R}");
            _ = Bernoulli.Of(x, out var ofNegative);
            var expectedNegative = (double)(1m / S(-x));
            Assert.True(Math.Abs(ofNegative - expectedNegative) <= 4 * Ulp(expectedNegative), $"B(−{x:R}) = {ofNegative:R}, expected {expectedNegative:R}");
        }
    }

    [Fact]
    public void The_derivative_matches_the_definition_to_its_stated_accuracy()
    {
        // B′ = −S′/S². Exact to rounding on the series side; the closed form loses ~2ε/|x| through 1 − B(−x) (the remarks).
        foreach (var x in Points)
        {
            var s = S(x);
            var expected = (double)(-SPrime(x) / (s * s));
            var tolerance = Math.Abs(x) < Bernoulli.SeriesLimit ? 2 * Ulp(expected) : 8 * Ulp(expected) * Math.Max(1, 2 / Math.Abs(x));
            Assert.True(Math.Abs(Bernoulli.Derivative(x) - expected) <= tolerance, $"B′({x:R}) = {Bernoulli.Derivative(x):R}, expected {expected:R}");
        }
    }

    [Fact]
    public void Holds_its_values_at_zero_and_meets_itself_at_the_series_cut_off()
    {
        Assert.Equal(1, Bernoulli.Of(0));
        Assert.Equal(1, Bernoulli.Of(0, out var atZero));
        Assert.Equal(1, atZero);
        Assert.Equal(-0.5, Bernoulli.Derivative(0));
        foreach (var edge in new[] { Bernoulli.SeriesLimit, -Bernoulli.SeriesLimit })
        {
            var inner = edge > 0 ? Math.BitDecrement(edge) : Math.BitIncrement(edge);
            Assert.True(Math.Abs(Bernoulli.Of(edge) - Bernoulli.Of(inner)) <= 4.5e-16);
            Assert.True(Math.Abs(Bernoulli.Derivative(edge) - Bernoulli.Derivative(inner)) <= 1e-12);
        }
    }

    [Fact]
    public void Is_finite_far_from_zero_and_agrees_with_MathNet_there()
    {
        // B(x) → −x as x → −∞ and → x e^(−x) → 0 as x → +∞; MathNet's expm1 is an independent second method.
        foreach (var x in new[] { -745.0, -700, -100, -31, 31, 100, 700 })
        {
            var expected = x / MathNetSpecial.Expm1(x);
            Assert.True(Math.Abs(Bernoulli.Of(x) - expected) <= 4 * Ulp(expected), $"B({x:R}) = {Bernoulli.Of(x):R}, MathNet {expected:R}");
        }

        Assert.Equal(0, Bernoulli.Of(800)); // 800 e^(−800) underflows
        Assert.Equal(710 * Math.Exp(-710), Bernoulli.Of(710), 4 * Ulp(710 * Math.Exp(-710)));
        Assert.Equal(0, Bernoulli.Of(1e4));
        Assert.Equal(1e4, Bernoulli.Of(-1e4));
        Assert.Equal(1e4, Bernoulli.Of(1e4, out var ofNegative) + ofNegative); // B(−x) = B(x) + x
        Assert.Equal(0, Bernoulli.Of(-1e4, out var ofPositive) - 1e4);
        Assert.Equal(0, ofPositive);
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool The_pair_form_is_the_two_single_calls_and_B_of_minus_x_is_B_plus_x(FsCheck.NormalFloat value)
    {
        var x = Math.Clamp(value.Get, -600, 600);
        var b = Bernoulli.Of(x, out var ofNegative);
        var scale = Math.Abs(b) + Math.Abs(ofNegative);
        return Math.Abs(b - Bernoulli.Of(x)) <= 4 * Ulp(Bernoulli.Of(x))
            && Math.Abs(ofNegative - Bernoulli.Of(-x)) <= 4 * Ulp(Bernoulli.Of(-x))
            && Math.Abs(ofNegative - b - x) <= 4e-16 * scale;
    }

    /// <summary>GHK batch kernel: with c_out = 0 (c_in = 0) each lane is P z F B(−u) (−P z F B(u)), u = zV/V_T.</summary>
    [Fact]
    public void The_GHK_batch_kernel_is_the_vector_twin_of_the_scalar_form()
    {
        var t = Temperature.Body;
        var thermal = ConstantSet.Si2019.ThermalVoltage(t).Volts;
        var us = Points.Where(x => Math.Abs(x) < 650).ToArray();
        var voltages = us.Select(x => ElectricPotential.FromVolts(x * thermal)).ToArray();
        var results = new CurrentDensity[voltages.Length];
        var one = Concentration.FromMolesPerCubicMeter(1);
        var f = ConstantSet.Si2019.FaradayConstant;
        foreach (var (inside, outside, sign) in new[] { (one, Concentration.Zero, 1.0), (Concentration.Zero, one, -1.0) })
        {
            GhkCurrent.Densities(1, Permeability.FromMetersPerSecond(1), inside, outside, voltages, t, results);
            for (var k = 0; k < us.Length; k++)
            {
                var u = voltages[k].Volts * (1 / thermal); // as the kernel rounds it
                var outward = Bernoulli.Of(-u, out var inward);
                var expected = sign > 0 ? outward : -inward;
                var lane = results[k].AmperesPerSquareMeter / f;
                Assert.True(Math.Abs(lane - expected) <= 8 * Ulp(expected), $"u = {u:R}: lane {lane:R}, scalar {expected:R}");
            }
        }
    }

    /// <summary>HH gate kernel: scale·u/(1 − e^(−u)) as numerator/denominator is scale·B(−u).</summary>
    [Fact]
    public void The_HH_gate_kernel_is_the_vector_twin_of_the_scalar_form()
    {
        if (!Simd256.IsAccelerated)
        {
            return; // no 256-bit vectors on this machine: the kernel does not run here either
        }

        foreach (var u in Points.Where(x => Math.Abs(x) <= 140))
        {
            var (numerator, denominator) = HodgkinHuxleyGates.ScaledBernoulli<Simd256, Vector256<double>>(Vector256.Create(u), 1000.0, out _, out _);
            var lane = numerator.GetElement(2) / denominator.GetElement(2);
            var expected = 1000.0 * Bernoulli.Of(-u);
            Assert.True(Math.Abs(lane - expected) <= 8 * Ulp(expected), $"u = {u:R}: lane {lane:R}, scalar {expected:R}");
        }
    }

    // ±10⁻¹², …, ±30 logarithmically, and the neighbours of the series cut-off.
    private static double[] Grid()
    {
        var points = new List<double> { 0 };
        for (var e = -12.0; e <= Math.Log10(30); e += 0.05)
        {
            points.Add(Math.Pow(10, e));
        }

        foreach (var near in new[] { 0.999e-3, Math.BitDecrement(1e-3), 1e-3, Math.BitIncrement(1e-3), 1.001e-3, 1e-4, 1e-5 })
        {
            points.Add(near);
        }

        return points.Concat(points.Select(p => -p)).Distinct().ToArray();
    }

    // S(x) = (eˣ − 1)/x = Σ xⁿ/(n + 1)! in decimal (28 digits), |x| ≤ 30; for x < 0 as S(|x|)/(1 + |x| S(|x|)), since
    // e^(−y) = 1/(1 + y S(y)): the alternating series would cancel.
    private static decimal S(double x)
    {
        if (x < 0)
        {
            var y = Exact(-x);
            var sy = S(-x);
            return sy / (1 + (y * sy));
        }

        decimal dx = Exact(x), term = 1, sum = 1;
        for (var n = 1; n < 400 && term != 0; n++)
        {
            term = term * dx / (n + 1);
            sum += term;
        }

        return sum;
    }

    // S′(x) = Σ n xⁿ⁻¹/(n + 1)!, for |x| ≤ 30 (the terms alternate for x < 0; at most about 3·10⁻¹⁶ is lost there).
    private static decimal SPrime(double x)
    {
        decimal dx = Exact(x), a = 0.5m, sum = 0.5m; // a = xⁿ⁻¹/(n + 1)!
        for (var n = 2; n < 400; n++)
        {
            a = a * dx / (n + 1);
            var term = n * a;
            if (term == 0)
            {
                break;
            }

            sum += term;
        }

        return sum;
    }

    // The double as a decimal from its binary mantissa and exponent (the built-in conversion keeps only 15 digits).
    private static decimal Exact(double x)
    {
        if (x == 0)
        {
            return 0;
        }

        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var exponent = (int)((bits >> 52) & 0x7FF) - 1075;
        decimal value = (bits & 0xF_FFFF_FFFF_FFFF) | (1L << 52);
        for (; exponent > 0; exponent--)
        {
            value *= 2;
        }

        for (; exponent < 0; exponent++)
        {
            value /= 2;
        }

        return x < 0 ? -value : value;
    }

    private static double Ulp(double x) => Math.BitIncrement(Math.Abs(x)) - Math.Abs(x);
}
