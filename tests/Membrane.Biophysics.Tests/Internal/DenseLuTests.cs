using Membrane.Biophysics.Internal;
using MathNetMatrix = MathNet.Numerics.LinearAlgebra.Matrix<double>;
using MathNetVector = MathNet.Numerics.LinearAlgebra.Vector<double>;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>The dense LU solve checked by multiplying back (A·x = b for a chosen x), against MathNet's LU solve, and on matrices that need pivoting.</summary>
public class DenseLuTests
{
    [Fact]
    public void A_zero_leading_entry_is_pivoted_around()
    {
        // [[0, 2, 1], [1, 1, 1], [2, 1, 0]] x = b with x = (1, −2, 3): b = (−1, 2, 0).
        double[] a = [0, 2, 1, 1, 1, 1, 2, 1, 0];
        double[] b = [-1, 2, 0];
        var pivots = new int[3];
        Assert.True(DenseLu.Factor(a, 3, pivots));
        DenseLu.Solve(a, 3, pivots, b);
        Assert.Equal(1, b[0], 1e-14);
        Assert.Equal(-2, b[1], 1e-14);
        Assert.Equal(3, b[2], 1e-14);
    }

    [Fact]
    public void A_singular_matrix_is_reported()
    {
        double[] a = [1, 2, 2, 4];
        Assert.False(DenseLu.Factor(a, 2, new int[2]));
        double[] withNaN = [double.NaN, 1, 0, 1];
        Assert.False(DenseLu.Factor(withNaN, 2, new int[2]));
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool Solving_recovers_the_chosen_solution(FsCheck.PositiveInt size, int seed)
    {
        int n = 1 + size.Get % 12;
        var random = new Random(seed);
        var a = new double[n * n];
        var x = new double[n];
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = random.NextDouble() * 2 - 1;
        }

        for (int i = 0; i < n; i++)
        {
            a[i * n + i] += n; // keeps the condition number modest, so the check measures the algorithm, not the matrix
            x[i] = random.NextDouble() * 10 - 5;
        }

        var b = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                b[i] += a[i * n + j] * x[j];
            }
        }

        var pivots = new int[n];
        if (!DenseLu.Factor(a, n, pivots))
        {
            return false;
        }

        DenseLu.Solve(a, n, pivots, b);
        return x.Zip(b).All(p => Math.Abs(p.First - p.Second) <= 1e-12 * (1 + Math.Abs(p.First)));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(8, 3)]
    [InlineData(20, 4)]
    public void Agrees_with_MathNet_on_a_general_matrix_and_does_not_allocate(int n, int seed)
    {
        var random = new Random(seed);
        var a = new double[n * n];
        var b = new double[n];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = (random.NextDouble() * 2) - 1; // no added diagonal: partial pivoting has work to do
        }

        for (var i = 0; i < n; i++)
        {
            b[i] = (random.NextDouble() * 2) - 1;
        }

        var expected = MathNetMatrix.Build.DenseOfRowMajor(n, n, a).LU().Solve(MathNetVector.Build.DenseOfArray(b));
        var pivots = new int[n];
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(DenseLu.Factor(a, n, pivots));
        DenseLu.Solve(a, n, pivots, b);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(expected[i], b[i], 1e-10 * (1 + Math.Abs(expected[i])));
        }
    }
}
