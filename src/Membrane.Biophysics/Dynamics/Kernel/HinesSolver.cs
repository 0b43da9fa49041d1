using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The implicit V update of a cable or a branched tree in O(N) without fill-in: nodes numbered so that every node's
/// parent has a lower number, the symmetric system eliminated from the leaves to the root and solved back (Hines, M.
/// (1984) Efficient computation of branched nerve equations. <i>Int. J. Biomed. Comput.</i> 15, 69–76; for an
/// unbranched cable it is the Thomas algorithm). Node i couples to its parent by the conductance g_i (S):
/// diag_i V_i − g_i V_parent − Σ_children g_c V_c = rhs_i.
/// </summary>
/// <remarks>
/// An unbranched cable (every node's parent the node before it) is eliminated from both ends at once towards the
/// middle node and solved back outwards from it (a twisted factorisation: the two halves are independent chains of
/// arithmetic, so the processor overlaps their divisions; the same O(N), no pivoting, as stable as the one-way sweep
/// for the diagonally dominant cable system). The back substitution multiplies by each pivot's reciprocal, kept from
/// the elimination.
/// </remarks>
internal sealed class HinesSolver
{
    private readonly int[] _parent;       // per node, −1 for the root
    private readonly double[] _toParent;  // g between a node and its parent, S
    private readonly double[] _pivot;     // per node, 1/diag after elimination
    private readonly bool _unbranched;

    /// <summary>A solver for the given tree (each node's parent and the conductance to it); <see cref="Coupling"/> holds Σ g over each node's neighbours.</summary>
    public HinesSolver(int[] parent, double[] toParent)
    {
        _parent = parent;
        _toParent = toParent;
        Coupling = AlignedArray.Of(parent.Length);
        Diagonal = AlignedArray.Of(parent.Length);
        Rhs = AlignedArray.Of(parent.Length);
        _pivot = AlignedArray.Of(parent.Length);
        _unbranched = true;
        for (var i = 1; i < parent.Length; i++)
        {
            Coupling[i] += toParent[i];
            Coupling[parent[i]] += toParent[i];
            _unbranched &= parent[i] == i - 1;
        }
    }

    /// <summary>The number of nodes.</summary>
    public int Nodes => _parent.Length;

    /// <summary>Σ g over each node's neighbours, S.</summary>
    public double[] Coupling { get; }

    /// <summary>Each node's diagonal (set before <see cref="Solve"/>; destroyed by it).</summary>
    public double[] Diagonal { get; }

    /// <summary>Each node's right-hand side before <see cref="Solve"/>, its V after.</summary>
    public double[] Rhs { get; }

    /// <summary>Solves the system in place: <see cref="Rhs"/> becomes V.</summary>
    public void Solve()
    {
        if (_unbranched)
        {
            SolveUnbranched();
        }
        else
        {
            SolveTree();
        }
    }

    /// <summary>Eliminates leaves first, then solves from the root outward: V_i = (rhs_i + g_i V_parent)/diag_i.</summary>
    private void SolveTree()
    {
        var (diagonal, rhs, pivot, g, parent) = (Diagonal, Rhs, _pivot, _toParent, _parent);
        var n = parent.Length;
        for (var i = n - 1; i > 0; i--)
        {
            var p = parent[i];
            var inverse = 1 / diagonal[i];
            var w = g[i] * inverse;
            pivot[i] = inverse;
            diagonal[p] -= w * g[i];
            rhs[p] += w * rhs[i];
        }

        rhs[0] /= diagonal[0];
        for (var i = 1; i < n; i++)
        {
            rhs[i] = (rhs[i] + (g[i] * rhs[parent[i]])) * pivot[i];
        }
    }

    /// <summary>
    /// The chain 0 – 1 – … – n−1, eliminated from both ends into the middle node m: node i &lt; m into i + 1 (through
    /// g_{i+1}), node i &gt; m into i − 1 (through g_i); V_m = rhs_m/diag_m, then outwards.
    /// </summary>
    private void SolveUnbranched()
    {
        var (diagonal, rhs, pivot, g) = (Diagonal, Rhs, _pivot, _toParent);
        var n = diagonal.Length;
        var m = n / 2;
        var steps = m;                       // the lower half has m nodes (0 … m−1), the upper n − 1 − m ≤ m
        var upperSteps = n - 1 - m;
        for (var j = 0; j < steps; j++)
        {
            var lo = j;                      // into lo + 1
            var inverseLo = 1 / diagonal[lo];
            var wLo = g[lo + 1] * inverseLo;
            pivot[lo] = inverseLo;
            diagonal[lo + 1] -= wLo * g[lo + 1];
            rhs[lo + 1] += wLo * rhs[lo];
            if (j < upperSteps)
            {
                var hi = n - 1 - j;          // into hi − 1
                var inverseHi = 1 / diagonal[hi];
                var wHi = g[hi] * inverseHi;
                pivot[hi] = inverseHi;
                diagonal[hi - 1] -= wHi * g[hi];
                rhs[hi - 1] += wHi * rhs[hi];
            }
        }

        rhs[m] /= diagonal[m];
        for (var j = 1; j <= steps; j++)
        {
            var lo = m - j;
            rhs[lo] = (rhs[lo] + (g[lo + 1] * rhs[lo + 1])) * pivot[lo];
            if (j <= upperSteps)
            {
                var hi = m + j;
                rhs[hi] = (rhs[hi] + (g[hi] * rhs[hi - 1])) * pivot[hi];
            }
        }
    }
}
