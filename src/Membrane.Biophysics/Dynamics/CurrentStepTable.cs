using System.Collections.Generic;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The current steps of a model flattened for a step kernel: the injected current density (A/m², positive into the
/// cell) at a time is the sum of the steps whose [start, start + length) holds it. Shared by <see cref="Simulation"/>,
/// <see cref="Population"/> and <see cref="Cable"/>, which evaluate it at each step's midpoint. Allocation-free to query.
/// </summary>
internal sealed class CurrentStepTable
{
    private readonly double[] _start;
    private readonly double[] _end;
    private readonly double[] _amplitude;

    public CurrentStepTable(IReadOnlyList<CurrentStep> steps)
    {
        _start = new double[steps.Count];
        _end = new double[steps.Count];
        _amplitude = new double[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            _start[i] = s.Start.Seconds;
            _end[i] = s.Start.Seconds + s.Length.Seconds;
            _amplitude[i] = s.Amplitude.AmperesPerSquareMeter;
        }
    }

    /// <summary>The number of steps.</summary>
    public int Count => _start.Length;

    /// <summary>Adds to <paramref name="edges"/> every start and end of a step strictly between <paramref name="from"/> and <paramref name="to"/> (s).</summary>
    public void AddEdges(double from, double to, List<double> edges)
    {
        Edges(_start, _end, from, to, edges);
    }

    /// <summary>Adds every start and end strictly between <paramref name="from"/> and <paramref name="to"/> to <paramref name="edges"/>.</summary>
    internal static void Edges(double[] starts, double[] ends, double from, double to, List<double> edges)
    {
        for (var s = 0; s < starts.Length; s++)
        {
            if (starts[s] > from && starts[s] < to)
            {
                edges.Add(starts[s]);
            }

            if (ends[s] > from && ends[s] < to)
            {
                edges.Add(ends[s]);
            }
        }
    }

    /// <summary>The injected current density at time <paramref name="seconds"/>, in A/m².</summary>
    public double At(double seconds)
    {
        var injected = 0.0;
        for (var s = 0; s < _start.Length; s++)
        {
            if (seconds >= _start[s] && seconds < _end[s])
            {
                injected += _amplitude[s];
            }
        }

        return injected;
    }
}
