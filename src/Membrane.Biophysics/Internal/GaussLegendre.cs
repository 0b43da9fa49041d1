using System;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// Composite Gauss–Legendre quadrature on [0, 1]: 16 panels of 12 points, exact for polynomials of degree 23 on each
/// panel. Nodes are the roots of P₁₂, found by Newton's method on the three-term recurrence, with weights
/// 2/((1 − x²) P′₁₂(x)²) (Abramowitz, M. and Stegun, I. A. (1964) <i>Handbook of Mathematical Functions</i>, 25.4.29).
/// </summary>
internal static class GaussLegendre
{
    private const int Points = 12;
    private const int Panels = 16;
    private static readonly double[] Nodes = new double[Points];
    private static readonly double[] Weights = new double[Points];

    static GaussLegendre()
    {
        for (var i = 0; i < Points; i++)
        {
            var x = Math.Cos(Math.PI * (i + 0.75) / (Points + 0.5));
            double derivative;
            while (true)
            {
                double p0 = 1, p1 = x;
                for (var k = 2; k <= Points; k++)
                {
                    (p0, p1) = (p1, (((2 * k) - 1) * x * p1 - ((k - 1) * p0)) / k);
                }

                derivative = Points * ((x * p1) - p0) / ((x * x) - 1);
                var step = p1 / derivative;
                x -= step;
                if (Math.Abs(step) < 1e-16)
                {
                    break;
                }
            }

            Nodes[i] = x;
            Weights[i] = 2 / ((1 - (x * x)) * derivative * derivative);
        }
    }

    /// <summary>∫₀¹ f(x) dx for a function smooth on [0, 1].</summary>
    public static double Integrate(Func<double, double> f)
    {
        double sum = 0;
        const double half = 0.5 / Panels;
        for (var p = 0; p < Panels; p++)
        {
            var centre = (p + 0.5) / Panels;
            for (var i = 0; i < Points; i++)
            {
                sum += Weights[i] * f(centre + (half * Nodes[i]));
            }
        }

        return sum * half;
    }
}
