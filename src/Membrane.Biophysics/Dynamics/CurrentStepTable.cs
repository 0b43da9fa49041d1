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
