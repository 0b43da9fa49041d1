namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The implicit V update of a cable or a branched tree in O(N) without fill-in: nodes numbered so that every node's
/// parent has a lower number, the symmetric system eliminated from the leaves to the root and solved back (Hines, M.
/// (1984) Efficient computation of branched nerve equations. <i>Int. J. Biomed. Comput.</i> 15, 69–76; for an
/// unbranched cable it is the Thomas algorithm). Node i couples to its parent by the conductance g_i (S):
/// diag_i V_i − g_i V_parent − Σ_children g_c V_c = rhs_i.
/// </summary>
internal sealed class HinesSolver
{
    private readonly int[] _parent;       // per node, −1 for the root
    private readonly double[] _toParent;  // g between a node and its parent, S

    /// <summary>A solver for the given tree (each node's parent and the conductance to it); <see cref="Coupling"/> holds Σ g over each node's neighbours.</summary>
    public HinesSolver(int[] parent, double[] toParent)
    {
        _parent = parent;
        _toParent = toParent;
        Coupling = new double[parent.Length];
        Diagonal = new double[parent.Length];
        Rhs = new double[parent.Length];
        for (var i = 1; i < parent.Length; i++)
        {
            Coupling[i] += toParent[i];
            Coupling[parent[i]] += toParent[i];
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

    /// <summary>Eliminates leaves first, then solves from the root outward: V_i = (rhs_i + g_i V_parent)/diag_i.</summary>
    public void Solve()
    {
        var n = _parent.Length;
        for (var i = n - 1; i > 0; i--)
        {
            var p = _parent[i];
            var w = _toParent[i] / Diagonal[i];
            Diagonal[p] -= w * _toParent[i];
            Rhs[p] += w * Rhs[i];
        }

        Rhs[0] /= Diagonal[0];
        for (var i = 1; i < n; i++)
        {
            Rhs[i] = (Rhs[i] + (_toParent[i] * Rhs[_parent[i]])) / Diagonal[i];
        }
    }
}
