using System;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// Small dense least squares: modified Gram–Schmidt QR with one reorthogonalisation ("twice is enough"), then back
/// substitution (Björck, Å. (1996) <i>Numerical Methods for Least Squares Problems</i>, SIAM, §2.4; Giraud, L. et al.
/// (2005) <i>Numer. Math.</i> 101, 87–100). Meant for a handful of columns, such as a cubic through a few points.
/// </summary>
internal static class LeastSquares
{
    /// <summary>The coefficients c₀…c_d (lowest first) minimising Σ (yₖ − Σ cⱼ xₖʲ)²; x should be scaled to about [−1, 1].</summary>
    public static double[] Polynomial(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int degree)
    {
        var m = x.Length;
        var columns = degree + 1;
        var q = new double[columns][];
        var r = new double[columns, columns];
        for (var j = 0; j < columns; j++)
        {
            var column = new double[m];
            for (var k = 0; k < m; k++)
            {
                column[k] = Math.Pow(x[k], j);
            }

            for (var pass = 0; pass < 2; pass++)
            {
                for (var i = 0; i < j; i++)
                {
                    var dot = Dot(q[i], column);
                    r[i, j] += dot;
                    for (var k = 0; k < m; k++)
                    {
                        column[k] -= dot * q[i][k];
                    }
                }
            }

            var norm = Math.Sqrt(Dot(column, column));
            if (!(norm > 1e-12 * Math.Sqrt(m)))
            {
                throw Guard.Invalid("fit", "a polynomial of a degree the points do not determine (too few distinct voltages)", "a fit the points determine");
            }

            r[j, j] = norm;
            for (var k = 0; k < m; k++)
            {
                column[k] /= norm;
            }

            q[j] = column;
        }

        var coefficients = new double[columns];
        for (var j = columns - 1; j >= 0; j--)
        {
            var sum = Dot(q[j], y);
            for (var i = j + 1; i < columns; i++)
            {
                sum -= r[j, i] * coefficients[i];
            }

            coefficients[j] = sum / r[j, j];
        }

        return coefficients;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }
}
