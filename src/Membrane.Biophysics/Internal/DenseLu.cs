using System;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// LU factorisation with partial pivoting of a small dense n × n matrix stored row by row, in place, and the solve
/// that uses it: PA = LU with L unit lower triangular (below the diagonal) and U upper (on and above it).
/// </summary>
/// <remarks>
/// Gaussian elimination with partial (row) pivoting, Golub, G. H. and Van Loan, C. F. (2013) <i>Matrix Computations</i>,
/// 4th ed., Johns Hopkins, Algorithm 3.4.1, and forward and back substitution, Algorithms 3.1.1 and 3.1.2. For the
/// dimensions of a model's state (up to some tens) a dense factorisation is the fastest; nothing is allocated.
/// </remarks>
internal static class DenseLu
{
    /// <summary>Factors <paramref name="a"/> (n × n, row-major) in place and records the row swaps in <paramref name="pivots"/>.</summary>
    /// <returns>False when a pivot is zero or not finite (the matrix is singular to working precision, or holds NaN/∞); the factors are then unusable.</returns>
    public static bool Factor(Span<double> a, int n, Span<int> pivots)
    {
        for (int k = 0; k < n; k++)
        {
            int p = k;
            double largest = Math.Abs(a[k * n + k]);
            for (int i = k + 1; i < n; i++)
            {
                double v = Math.Abs(a[i * n + k]);
                if (v > largest)
                {
                    largest = v;
                    p = i;
                }
            }

            pivots[k] = p;
            if (!(largest > 0 && double.IsFinite(largest)))
            {
                return false;
            }

            if (p != k)
            {
                for (int j = 0; j < n; j++)
                {
                    (a[k * n + j], a[p * n + j]) = (a[p * n + j], a[k * n + j]);
                }
            }

            double inverse = 1 / a[k * n + k];
            for (int i = k + 1; i < n; i++)
            {
                double l = a[i * n + k] *= inverse;
                if (l == 0)
                {
                    continue;
                }

                for (int j = k + 1; j < n; j++)
                {
                    a[i * n + j] -= l * a[k * n + j];
                }
            }
        }

        return true;
    }

    /// <summary>Solves A x = b with the factors from <see cref="Factor"/>; <paramref name="b"/> is overwritten by x.</summary>
    public static void Solve(ReadOnlySpan<double> lu, int n, ReadOnlySpan<int> pivots, Span<double> b)
    {
        for (int k = 0; k < n; k++)
        {
            int p = pivots[k];
            if (p != k)
            {
                (b[k], b[p]) = (b[p], b[k]);
            }
        }

        for (int i = 1; i < n; i++)
        {
            double s = b[i];
            for (int j = 0; j < i; j++)
            {
                s -= lu[i * n + j] * b[j];
            }

            b[i] = s;
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int j = i + 1; j < n; j++)
            {
                s -= lu[i * n + j] * b[j];
            }

            b[i] = s / lu[i * n + i];
        }
    }
}
