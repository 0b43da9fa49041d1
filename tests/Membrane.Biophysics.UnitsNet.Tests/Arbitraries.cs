using FsCheck;
using FsCheck.Fluent;

namespace Membrane.Biophysics.UnitsNet.Tests;

/// <summary>Any finite double: every exponent, subnormals, both zeros, the largest values.</summary>
public readonly record struct FiniteDouble(double Value)
{
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A finite double of any sign whose magnitude is 1e-100 – 1e100, far from overflow and from subnormals.</summary>
public readonly record struct Magnitude(double Value)
{
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>The domains the property tests draw from.</summary>
public static class Arbitraries
{
    private static readonly double[] Edges =
        [0.0, -0.0, double.Epsilon, -double.Epsilon, double.MaxValue, -double.MaxValue, 2.2250738585072014e-308, 1, -1];

    /// <summary>
    /// Finite doubles: random bit patterns (so every exponent is as likely), decimal-looking values m·10^e over the whole
    /// range, and the edges (±0, the smallest subnormal, the largest double).
    /// </summary>
    public static Arbitrary<FiniteDouble> FiniteDouble()
    {
        var bits = Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue))
            .Select(p => BitConverter.Int64BitsToDouble(((long)p.Item1 << 32) | (uint)p.Item2))
            .Where(double.IsFinite);
        var decimals =
            from m in Gen.Choose(-9_999_999, 9_999_999)
            from e in Gen.Choose(-300, 300)
            select m * Math.Pow(10, e - 6);
        return Gen.Frequency((6, bits), (3, decimals), (1, Gen.Elements(Edges)))
            .Select(v => new FiniteDouble(v))
            .ToArbitrary();
    }

    /// <summary>Magnitudes 1e-100 – 1e100 of either sign, log-uniform, with seven significant digits.</summary>
    public static Arbitrary<Magnitude> Magnitude() =>
        (from m in Gen.Choose(1_000_000, 9_999_999)
         from e in Gen.Choose(-100, 100)
         from sign in Gen.Elements(-1.0, 1.0)
         select new Magnitude(sign * m * Math.Pow(10, e - 6)))
        .ToArbitrary();
}

/// <summary>A property test that draws from <see cref="Arbitraries"/>, 1000 cases each.</summary>
public sealed class BridgePropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>Registers the domains.</summary>
    public BridgePropertyAttribute()
    {
        Arbitrary = [typeof(Arbitraries)];
        MaxTest = 1000;
    }
}

/// <summary>Distances between doubles in units in the last place.</summary>
public static class Ulps
{
    /// <summary>True when <paramref name="actual"/> is within <paramref name="ulps"/> ulps of the larger of the two magnitudes and <paramref name="scale"/>.</summary>
    public static bool Within(double actual, double expected, int ulps, double scale = 0)
    {
        var magnitude = Math.Max(Math.Max(Math.Abs(actual), Math.Abs(expected)), Math.Abs(scale));
        return Math.Abs(actual - expected) <= ulps * (Math.BitIncrement(magnitude) - magnitude);
    }
}
