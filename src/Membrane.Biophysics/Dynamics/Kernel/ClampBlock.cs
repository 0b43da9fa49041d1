using System;
using System.Collections.Generic;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The ideal voltage clamps of the compartments that have one: the holding potential and the command steps, V held at
/// the command at the end of each step and the ionic current there reported as the clamp current (outward positive).
/// </summary>
internal sealed class ClampBlock
{
    private readonly double[] _holding;           // per site; NaN where free
    private readonly double[][] _start;           // per site, the steps
    private readonly double[][] _end;
    private readonly double[][] _potential;

    /// <summary>The clamps of each compartment's model (none for a compartment without).</summary>
    public ClampBlock(IReadOnlyList<CellModel?> models)
    {
        var n = models.Count;
        _holding = new double[n];
        _start = new double[n][];
        _end = new double[n][];
        _potential = new double[n][];
        Current = new double[n];
        for (var s = 0; s < n; s++)
        {
            var model = models[s];
            _holding[s] = model?.ClampHolding?.Volts ?? double.NaN;
            var steps = model?.ClampSteps ?? [];
            _start[s] = new double[steps.Count];
            _end[s] = new double[steps.Count];
            _potential[s] = new double[steps.Count];
            for (var i = 0; i < steps.Count; i++)
            {
                _start[s][i] = steps[i].Start.Seconds;
                _end[s][i] = steps[i].Start.Seconds + steps[i].Length.Seconds;
                _potential[s][i] = steps[i].Potential.Volts;
            }

            Any |= IsClamped(s);
        }
    }

    /// <summary>Whether any compartment is clamped.</summary>
    public bool Any { get; }

    /// <summary>The clamp current of each clamped compartment at the present time, A/m².</summary>
    public double[] Current { get; }

    /// <summary>Whether compartment <paramref name="site"/> is clamped.</summary>
    public bool IsClamped(int site) => !double.IsNaN(_holding[site]);

    /// <summary>The command at time <paramref name="t"/> (s): the last step that holds it, else the holding potential.</summary>
    public double Command(int site, double t)
    {
        var v = _holding[site];
        var start = _start[site];
        for (var i = 0; i < start.Length; i++)
        {
            if (t >= start[i] && t < _end[site][i])
            {
                v = _potential[site][i];
            }
        }

        return v;
    }

    /// <summary>Adds the clamp's step edges strictly inside (from, to) to <paramref name="edges"/>.</summary>
    public void AddEdges(int site, double from, double to, List<double> edges) => CurrentStepTable.Edges(_start[site], _end[site], from, to, edges);
}
