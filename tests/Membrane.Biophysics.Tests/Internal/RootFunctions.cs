using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>Test functions for the root finders, as struct function objects.</summary>
internal static class RootFunctions
{
    /// <summary>Wallis's cubic x³ − 2x − 5 (the classic test of Newton's method), its one real root from Cardano's formula.</summary>
    public static readonly double WallisRoot = Math.Cbrt(2.5 + Math.Sqrt(6.25 - (8.0 / 27))) + Math.Cbrt(2.5 - Math.Sqrt(6.25 - (8.0 / 27)));

    /// <summary>The Dottie number, the root of cos x − x (OEIS A003957).</summary>
    public const double DottieNumber = 0.73908513321516064166;

    /// <summary>sign·(x³ − 2x − 5), optionally without a derivative, counting its evaluations.</summary>
    public struct Wallis(double sign, bool hasDerivative) : IDifferentiableFunction
    {
        public int Evaluations { get; private set; }

        public double Evaluate(double x)
        {
            Evaluations++;
            return sign * ((x * x * x) - (2 * x) - 5);
        }

        public bool TryEvaluate(double x, out double value, out double derivative)
        {
            value = Evaluate(x);
            derivative = sign * ((3 * x * x) - 2);
            return hasDerivative;
        }
    }

    /// <summary>cos x − x.</summary>
    public readonly struct Dottie : IDifferentiableFunction
    {
        public double Evaluate(double x) => Math.Cos(x) - x;

        public bool TryEvaluate(double x, out double value, out double derivative)
        {
            value = Evaluate(x);
            derivative = -Math.Sin(x) - 1;
            return true;
        }
    }

    /// <summary>x − root.</summary>
    public readonly struct Shifted(double root) : IRealFunction
    {
        public double Evaluate(double x) => x - root;
    }

    /// <summary>A constant (no root anywhere).</summary>
    public readonly struct Constant(double value) : IDifferentiableFunction
    {
        public double Evaluate(double x) => value;

        public bool TryEvaluate(double x, out double f, out double derivative)
        {
            (f, derivative) = (value, 0);
            return true;
        }
    }
}
