using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A rate: events or transitions per unit time. A neuron's firing rate (impulses per second, Hz), or a gate's opening
/// and closing rates α and β (Hodgkin and Huxley wrote them in ms⁻¹: α_n = 0.01 ms⁻¹ at rest is 10 s⁻¹).
/// </summary>
/// <remarks>
/// Named <c>Rate</c> rather than <c>Frequency</c>: UnitsNet has a <c>Frequency</c>, and a rate constant is not the
/// frequency of anything periodic. Hz and s⁻¹ are the same unit here; <c>1 / rate</c> is a <see cref="Duration"/>
/// (τ = 1/(α + β)), and <c>rate × duration</c> a plain number (the expected count, or the exponent of a decay).
/// </remarks>
[Quantity("s⁻¹")]
[Unit("s⁻¹", 1, "PerSecond", Aliases = ["/s", "s^-1"])]
[Unit("ms⁻¹", 1e3, "PerMillisecond", Aliases = ["/ms", "ms^-1"])]
[Unit("Hz", 1, "Hertz")]
[Unit("kHz", 1e3, "Kilohertz")]
public readonly partial struct Rate
{
    /// <summary>The mean time between events, or a time constant: 1/rate.</summary>
    /// <param name="count">The number of events per <paramref name="rate"/> period, usually 1.</param>
    /// <param name="rate">The rate.</param>
    public static Duration operator /(double count, Rate rate) => Duration.FromSeconds(count / rate._si);

    /// <summary>The expected number of events in a duration, or the exponent of a decay (k·t): a plain number.</summary>
    public static double operator *(Rate rate, Duration duration) => rate._si * duration.Seconds;

    /// <summary>The expected number of events in a duration, or the exponent of a decay (k·t): a plain number.</summary>
    public static double operator *(Duration duration, Rate rate) => rate * duration;
}
