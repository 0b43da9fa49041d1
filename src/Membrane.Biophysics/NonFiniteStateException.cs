using System;
using System.Globalization;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics;

/// <summary>
/// Thrown when a simulation's state becomes NaN or infinite. Carries the simulated time at which it happened, the
/// variable, and its value, so the caller can tell an unstable step size from a model that returns a bad rate.
/// </summary>
public sealed class NonFiniteStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="variable">The state variable that became non-finite ("V", "gate Na.m").</param>
    /// <param name="time">The simulated time at the end of the step that produced it.</param>
    /// <param name="value">Its value (NaN or ±∞).</param>
    public NonFiniteStateException(string variable, Duration time, double value)
        : base(string.Create(CultureInfo.InvariantCulture, $"The simulation state became non-finite: {variable} = {value} at t = {time.Milliseconds} ms. A step size too large for the fastest time constant, or a rate function returning NaN or ∞, are the usual causes."))
    {
        Variable = variable;
        Time = time;
        Value = value;
    }

    /// <summary>The state variable that became non-finite.</summary>
    public string Variable { get; }

    /// <summary>The simulated time at the end of the offending step.</summary>
    public Duration Time { get; }

    /// <summary>The non-finite value.</summary>
    public double Value { get; }
}
