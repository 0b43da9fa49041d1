using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// The Hines solve of a cable or a tree against the same system written out in full and solved by LU with partial
/// pivoting (an independent method): the two-ended sweep of an unbranched cable and the leaves-to-root sweep of a tree.
/// </summary>
public class HinesSolverTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(8, false)]
    [InlineData(101, false)]
    [InlineData(1000, false)]
    [InlineData(7, true)]
    [InlineData(60, true)]
    [InlineData(333, true)]
    public void The_sweep_solves_the_system_written_out_in_full(int nodes, bool branched)
    {
        var random = new Random(nodes * 31 + (branched ? 1 : 0));
        var parent = new int[nodes];
        var toParent = new double[nodes];
        parent[0] = -1;
        for (var i = 1; i < nodes; i++)
        {
            // A tree: a parent anywhere below (every parent numbered lower); a cable: the node before.
            parent[i] = branched ? random.Next(Math.Max(0, i - 5), i) : i - 1;
            toParent[i] = 1e-9 * (0.5 + random.NextDouble());
        }

        var solver = new HinesSolver(parent, toParent);
        var membrane = new double[nodes];
        var rhs = new double[nodes];
        for (var i = 0; i < nodes; i++)
        {
            membrane[i] = 1e-10 * (0.01 + random.NextDouble()); // a(C/Δt + G): small against the coupling, the hard case
            solver.Diagonal[i] = solver.Coupling[i] + membrane[i];
            rhs[i] = 1e-12 * (random.NextDouble() - 0.5);
            solver.Rhs[i] = rhs[i];
        }

        var full = new double[nodes * nodes];
        for (var i = 0; i < nodes; i++)
        {
            full[(i * nodes) + i] = solver.Coupling[i] + membrane[i];
            if (parent[i] >= 0)
            {
                full[(i * nodes) + parent[i]] = -toParent[i];
                full[(parent[i] * nodes) + i] = -toParent[i];
            }
        }

        var pivots = new int[nodes];
        Assert.True(DenseLu.Factor(full, nodes, pivots));
        var expected = (double[])rhs.Clone();
        DenseLu.Solve(full, nodes, pivots, expected);

        solver.Solve();
        var scale = expected.Max(Math.Abs);
        for (var i = 0; i < nodes; i++)
        {
            Assert.Equal(expected[i], solver.Rhs[i], 1e-10 * scale);
        }
    }
}
