using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Analysis;

/// <summary>The firing rate as a <see cref="Rate"/> and the threshold slope as a <see cref="PotentialRate"/>.</summary>
public class ActionPotentialShapeTests
{
    private static Duration Ms(double ms) => Duration.FromMilliseconds(ms);

    /// <summary>Spikes every 10 ms: the reciprocal of the mean inter-spike interval is 100 Hz (by its definition).</summary>
    [Fact]
    public void Firing_rate_is_the_reciprocal_of_the_mean_interval()
    {
        Duration[] spikes = [Ms(5), Ms(15), Ms(25), Ms(35), Ms(45)];
        Assert.Equal(100, ActionPotentialShape.FiringRate(spikes, Ms(10), Ms(50)).Hertz, 9);
        Assert.Equal(0.1, ActionPotentialShape.FiringRate(spikes, Ms(0), Ms(100)).PerMillisecond, 12);
        Assert.Equal(Rate.Zero, ActionPotentialShape.FiringRate(spikes, Ms(40), Ms(100))); // one spike: no interval
    }

    [Fact]
    public void A_threshold_slope_that_is_not_finite_is_rejected_naming_it()
    {
        Duration[] times = [Ms(0), Ms(1), Ms(2), Ms(3)];
        ElectricPotential[] voltages = [.. times.Select(_ => ElectricPotential.FromMillivolts(-70))];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ActionPotentialShape.Of(times, voltages, Ms(0), PotentialRate.FromVoltsPerSecond(double.NaN), ElectricPotential.Zero));
        Assert.Equal("thresholdSlope", e.ParamName);
        Assert.Contains("was NaN V/s", e.Message, StringComparison.Ordinal);
    }
}
