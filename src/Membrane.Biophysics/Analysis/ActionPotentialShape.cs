using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Analysis;

/// <summary>
/// The shape of one action potential read off a uniformly sampled voltage trace: threshold, peak and width at half
/// amplitude; and the firing rate of a spike train. Immutable and thread-safe.
/// </summary>
/// <param name="Threshold">V where dV/dt first reaches the given slope (Sekerli et al. 2004, method I).</param>
/// <param name="Peak">The largest sample between the upward crossing of the spike level and the fall back below it.</param>
/// <param name="HalfWidth">The time between the upward and downward crossings of (threshold + peak)/2.</param>
/// <remarks>
/// <para>
/// Threshold by the first-derivative criterion: Sekerli, M., Del Negro, C. A., Lee, R. H. and Butera, R. J. (2004)
/// Estimating action potential thresholds from neuronal time-series: new metrics and evaluation of methodologies.
/// <i>IEEE Trans. Biomed. Eng.</i> 51, 1665–1672 (method I). dV/dt is the forward difference of consecutive samples,
/// attributed to their midpoint; the threshold is V interpolated linearly where that difference first reaches the
/// criterion. Crossing times are interpolated linearly between samples.
/// </para>
/// <para>The definitions are exactly those of <c>tests/reference/hh_reference.py</c>, so NEURON's trace and this
/// library's are measured alike.</para>
/// </remarks>
public sealed record ActionPotentialShape(ElectricPotential Threshold, ElectricPotential Peak, Duration HalfWidth)
{
    /// <summary>Peak − threshold.</summary>
    public ElectricPotential Amplitude => Peak - Threshold;

    /// <summary>Measures the first action potential after <paramref name="after"/>.</summary>
    /// <param name="times">Sample times, uniformly spaced and increasing.</param>
    /// <param name="voltages">V at those times.</param>
    /// <param name="after">Where to start looking.</param>
    /// <param name="thresholdSlope">The dV/dt criterion for the threshold, finite; e.g. 10 V/s (= 10 mV/ms).</param>
    /// <param name="spikeLevel">The level a spike must cross upward (e.g. 0 mV).</param>
    /// <returns>The shape.</returns>
    /// <exception cref="ArgumentException">The lists differ in length, or no complete spike follows <paramref name="after"/>.</exception>
    public static ActionPotentialShape Of(IReadOnlyList<Duration> times, IReadOnlyList<ElectricPotential> voltages, Duration after, PotentialRate thresholdSlope, ElectricPotential spikeLevel)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(voltages);
        Guard.SameLength(times.Count, voltages.Count, nameof(voltages));
        Guard.Finite(thresholdSlope, nameof(thresholdSlope));
        var slopeVoltsPerSecond = thresholdSlope.VoltsPerSecond;
        var n = times.Count;
        if (n < 3)
        {
            throw Guard.Invalid(nameof(times), Guard.Format(n) + " samples", "a series of at least 3 samples");
        }

        var dt = times[1].Seconds - times[0].Seconds;
        double V(int i) => voltages[i].Volts;
        double Slope(int i) => (V(i + 1) - V(i)) / dt;
        var start = 1;
        while (start < n && times[start] < after)
        {
            start++;
        }

        var k = start;
        while (k < n - 1 && Slope(k) < slopeVoltsPerSecond)
        {
            k++;
        }

        if (k >= n - 2)
        {
            throw NoSpike(after);
        }

        var f = (slopeVoltsPerSecond - Slope(k - 1)) / (Slope(k) - Slope(k - 1));
        var mid0 = 0.5 * (V(k - 1) + V(k));
        var mid1 = 0.5 * (V(k) + V(k + 1));
        var threshold = mid0 + (f * (mid1 - mid0));
        var level = spikeLevel.Volts;
        var up = k;
        while (up < n && V(up) < level)
        {
            up++;
        }

        var peak = double.NegativeInfinity;
        var j = up;
        while (j < n && V(j) >= level)
        {
            peak = Math.Max(peak, V(j));
            j++;
        }

        if (j >= n)
        {
            throw NoSpike(after);
        }

        var half = 0.5 * (threshold + peak);
        var i = k;
        while (V(i) < half)
        {
            i++;
        }

        var tUp = times[i - 1].Seconds + (dt * (half - V(i - 1)) / (V(i) - V(i - 1)));
        while (i < n && V(i) >= half)
        {
            i++;
        }

        if (i >= n)
        {
            throw NoSpike(after);
        }

        var tDown = times[i - 1].Seconds + (dt * (V(i - 1) - half) / (V(i - 1) - V(i)));
        return new ActionPotentialShape(ElectricPotential.FromVolts(threshold), ElectricPotential.FromVolts(peak), Duration.FromSeconds(tDown - tUp));
    }

    /// <summary>
    /// The steady firing rate of a spike train: (number of spikes in [from, to] − 1) / (last − first), i.e. the
    /// reciprocal of the mean inter-spike interval there; 0 when fewer than two spikes fall in the window.
    /// </summary>
    /// <param name="spikeTimes">Spike times, increasing.</param>
    /// <param name="from">Window start (skip the onset transient).</param>
    /// <param name="to">Window end.</param>
    /// <returns>The rate (<c>.Hertz</c> for the number in Hz).</returns>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    public static Rate FiringRate(IReadOnlyList<Duration> spikeTimes, Duration from, Duration to)
    {
        ArgumentNullException.ThrowIfNull(spikeTimes);
        var count = 0;
        var first = 0.0;
        var last = 0.0;
        foreach (var t in spikeTimes)
        {
            if (t >= from && t <= to)
            {
                if (count == 0)
                {
                    first = t.Seconds;
                }

                last = t.Seconds;
                count++;
            }
        }

        return Rate.FromPerSecond(count < 2 ? 0.0 : (count - 1) / (last - first));
    }

    private static ArgumentException NoSpike(Duration after) =>
        new(string.Create(CultureInfo.InvariantCulture, $"voltages must hold a complete action potential after t = {after.Milliseconds} ms; none was found."), "voltages");
}
