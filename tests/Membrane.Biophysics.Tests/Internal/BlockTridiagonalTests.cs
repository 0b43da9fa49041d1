using Membrane.Biophysics.Internal;
using MathNetMatrix = MathNet.Numerics.LinearAlgebra.Matrix<double>;
using MathNetVector = MathNet.Numerics.LinearAlgebra.Vector<double>;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>The block Thomas solve against MathNet's dense LU solve of the same system assembled in full.</summary>
public class BlockTridiagonalTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 3, 2)]
    [InlineData(7, 3, 3)]
    [InlineData(40, 4, 4)]
    [InlineData(25, 1, 5)] // scalar blocks: the ordinary Thomas algorithm
    public void Agrees_with_MathNet_on_the_assembled_matrix(int blocks, int m, int seed)
    {
        var random = new Random(seed);
        var system = new BlockTridiagonal(blocks, m);
        var dense = MathNetMatrix.Build.Dense(blocks * m, blocks * m);
        for (var row = 0; row < blocks; row++)
        {
            Fill(system.Diagonal(row), dense, row, row, m, random, dominant: true);
            if (row > 0)
            {
                Fill(system.Lower(row), dense, row, row - 1, m, random, dominant: false);
            }

            if (row < blocks - 1)
            {
                Fill(system.Upper(row), dense, row, row + 1, m, random, dominant: false);
            }
        }

        for (var i = 0; i < system.Rhs.Length; i++)
        {
            system.Rhs[i] = (random.NextDouble() * 20) - 10;
        }

        var expected = dense.LU().Solve(MathNetVector.Build.DenseOfArray(system.Rhs));
        Assert.True(system.TrySolve(out var singular));
        Assert.Equal(-1, singular);
        for (var i = 0; i < system.Rhs.Length; i++)
        {
            Assert.Equal(expected[i], system.Rhs[i], 1e-12 * (1 + Math.Abs(expected[i])));
        }
    }

    [Fact]
    public void Pivots_within_a_block_whose_leading_entry_is_zero()
    {
        // Two blocks, D₀ = [[0, 1], [1, 0]] (needs a row swap), D₁ = 4I, L₁ = U₀ = I; x = (1, 2, 3, 4).
        var system = new BlockTridiagonal(2, 2);
        double[] d0 = [0, 1, 1, 0], d1 = [4, 0, 0, 4], identity = [1, 0, 0, 1];
        d0.CopyTo(system.Diagonal(0));
        d1.CopyTo(system.Diagonal(1));
        identity.CopyTo(system.Upper(0));
        identity.CopyTo(system.Lower(1));
        double[] b = [2 + 3, 1 + 4, 1 + 12, 2 + 16];
        b.CopyTo(system.Rhs, 0);
        Assert.True(system.TrySolve(out _));
        Assert.Equal([1.0, 2, 3, 4], system.Rhs.Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void Reports_the_block_row_that_is_singular_after_elimination()
    {
        // D₁ = L₁ D₀⁻¹ U₀ makes the eliminated D′₁ = 0 although every block is regular.
        var system = new BlockTridiagonal(3, 2);
        double[] d0 = [2, 0, 0, 2], l1 = [1, 1, 0, 1], u0 = [2, 0, 0, 2], d1 = [1, 1, 0, 1];
        d0.CopyTo(system.Diagonal(0));
        u0.CopyTo(system.Upper(0));
        l1.CopyTo(system.Lower(1));
        d1.CopyTo(system.Diagonal(1));
        system.Diagonal(2)[0] = system.Diagonal(2)[3] = 1;
        Assert.False(system.TrySolve(out var singular));
        Assert.Equal(1, singular);

        var zeroFirst = new BlockTridiagonal(2, 2);
        Assert.False(zeroFirst.TrySolve(out singular));
        Assert.Equal(0, singular);
    }

    [Fact]
    public void Solving_does_not_allocate()
    {
        var system = new BlockTridiagonal(50, 3);
        for (var row = 0; row < 50; row++)
        {
            var d = system.Diagonal(row);
            d[0] = d[4] = d[8] = 4;
            system.Rhs[row * 3] = 1;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(system.TrySolve(out _));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Fill(Span<double> block, MathNetMatrix dense, int row, int col, int m, Random random, bool dominant)
    {
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var v = (random.NextDouble() * 2) - 1;
                if (dominant && i == j)
                {
                    v += 3 * m; // block diagonal dominance: the case block elimination without inter-block pivoting is for
                }

                block[(i * m) + j] = v;
                dense[(row * m) + i, (col * m) + j] = v;
            }
        }
    }
}
