using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A span of time, such as a time step or a pulse length.
/// </summary>
[Quantity("s")]
[Unit("ms", 1e-3, "Milliseconds")]
[Unit("s", 1, "Seconds")]
[Unit("µs", 1e-6, "Microseconds")]
[Unit("ns", 1e-9, "Nanoseconds")]
[Unit("min", 60, "Minutes")]
[Unit("h", 3600, "Hours")]
public readonly partial struct Duration
{
    /// <summary>The rate of events that recur every <paramref name="duration"/>/<paramref name="count"/>: count/duration.</summary>
    /// <param name="count">The number of events, usually 1.</param>
    /// <param name="duration">The time they take.</param>
    public static Rate operator /(double count, Duration duration) => Rate.FromPerSecond(count / duration._si);
}
