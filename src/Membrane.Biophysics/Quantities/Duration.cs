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
{}
