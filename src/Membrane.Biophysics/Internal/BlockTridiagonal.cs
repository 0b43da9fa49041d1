using System;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// A block-tridiagonal linear system of <c>blocks</c> block rows with m × m blocks (row-major), L_j x_{j−1} + D_j x_j +
/// U_j x_{j+1} = r_j, held in preallocated storage and solved in place by block Thomas elimination, each diagonal block
/// factored by <see cref="DenseLu"/>. Nothing is allocated after construction.
/// </summary>
/// <remarks>
/// Block LU of a block-tridiagonal matrix without pivoting between blocks (pivoting within each diagonal block),
/// Golub, G. H. and Van Loan, C. F. (2013) <i>Matrix Computations</i>, 4th ed., Johns Hopkins, §4.5.1; stable when the
/// matrix is block diagonally dominant, as a discretised elliptic or drift–diffusion Jacobian is. Forward:
/// D′_j = D_j − L_j M_{j−1}, r′_j = r_j − L_j g_{j−1}, M_j = D′_j⁻¹ U_j, g_j = D′_j⁻¹ r′_j (M in place of U, g in place
/// of r); back: x_j = g_j − M_j x_{j+1}. L_0 and U_{blocks−1} are not read.
/// </remarks>
internal sealed class BlockTridiagonal
{
    private readonly int _blocks;
    private readonly int _m;
    private readonly double[] _lower;
    private readonly double[] _diagonal;
    private readonly double[] _upper;
    private readonly double[] _column;
    private readonly int[] _pivots;

    /// <summary>A zero system of <paramref name="blocks"/> block rows of <paramref name="m"/> × <paramref name="m"/> blocks.</summary>
    public BlockTridiagonal(int blocks, int m)
    {
        _blocks = blocks;
        _m = m;
        _lower = new double[blocks * m * m];
        _diagonal = new double[blocks * m * m];
        _upper = new double[blocks * m * m];
        _column = new double[m];
        _pivots = new int[m];
        Rhs = new double[blocks * m];
    }

    /// <summary>The right-hand side, block row after block row; <see cref="TrySolve"/> replaces it by the solution.</summary>
    public double[] Rhs { get; }

    /// <summary>L_row, the block left of the diagonal (row-major m × m).</summary>
    public Span<double> Lower(int row) => _lower.AsSpan(row * _m * _m, _m * _m);

    /// <summary>D_row, the diagonal block.</summary>
    public Span<double> Diagonal(int row) => _diagonal.AsSpan(row * _m * _m, _m * _m);

    /// <summary>U_row, the block right of the diagonal.</summary>
    public Span<double> Upper(int row) => _upper.AsSpan(row * _m * _m, _m * _m);

    /// <summary>Sets every block and the right-hand side to zero.</summary>
    public void Clear()
    {
        Array.Clear(_lower);
        Array.Clear(_diagonal);
        Array.Clear(_upper);
        Array.Clear(Rhs);
    }

    /// <summary>
    /// Solves the system in place: <see cref="Rhs"/> becomes x; the blocks are overwritten by the factors.
    /// False when an eliminated diagonal block is singular (or not finite); <paramref name="singularRow"/> is then its
    /// block row, else −1.
    /// </summary>
    public bool TrySolve(out int singularRow)
    {
        var m = _m;
        for (var row = 0; row < _blocks; row++)
        {
            var diag = Diagonal(row);
            var rhs = Rhs.AsSpan(row * m, m);
            if (row > 0)
            {
                var lower = Lower(row);
                var previousM = Upper(row - 1);
                var previousG = Rhs.AsSpan((row - 1) * m, m);
                for (var i = 0; i < m; i++)
                {
                    for (var k = 0; k < m; k++)
                    {
                        var lik = lower[(i * m) + k];
                        if (lik == 0)
                        {
                            continue;
                        }

                        for (var j = 0; j < m; j++)
                        {
                            diag[(i * m) + j] -= lik * previousM[(k * m) + j];
                        }

                        rhs[i] -= lik * previousG[k];
                    }
                }
            }

            if (!DenseLu.Factor(diag, m, _pivots))
            {
                singularRow = row;
                return false;
            }

            DenseLu.Solve(diag, m, _pivots, rhs);
            if (row < _blocks - 1)
            {
                var upper = Upper(row);
                for (var col = 0; col < m; col++)
                {
                    for (var i = 0; i < m; i++)
                    {
                        _column[i] = upper[(i * m) + col];
                    }

                    DenseLu.Solve(diag, m, _pivots, _column);
                    for (var i = 0; i < m; i++)
                    {
                        upper[(i * m) + col] = _column[i];
                    }
                }
            }
        }

        for (var row = _blocks - 2; row >= 0; row--)
        {
            var mBlock = Upper(row);
            var next = Rhs.AsSpan((row + 1) * m, m);
            var g = Rhs.AsSpan(row * m, m);
            for (var i = 0; i < m; i++)
            {
                var sum = 0.0;
                for (var k = 0; k < m; k++)
                {
                    sum += mBlock[(i * m) + k] * next[k];
                }

                g[i] -= sum;
            }
        }

        singularRow = -1;
        return true;
    }
}
