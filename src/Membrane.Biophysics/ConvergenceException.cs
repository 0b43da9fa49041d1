using System;

namespace Membrane.Biophysics;

/// <summary>
/// Thrown when a numerical method of this library does not reach its tolerance. Carries what a caller needs to
/// judge the failure: why it stopped (<see cref="Reason"/>), the number of iterations and the last finite residual.
/// </summary>
/// <remarks>
/// <see cref="Residual"/> is always a number the method computed, never a NaN or ∞ standing for "none": a method that
/// fails at an iterate where its residual is undefined reports the last residual it could compute, and
/// <see cref="Reason"/> says what went wrong.
/// </remarks>
public sealed class ConvergenceException : Exception
{
    /// <summary>Creates the exception for a method that ran out of iterations (<see cref="ConvergenceFailure.IterationLimit"/>).</summary>
    /// <param name="message">What did not converge, and why if known.</param>
    /// <param name="iterations">The iterations done.</param>
    /// <param name="residual">The last residual, in the units the message names.</param>
    public ConvergenceException(string message, int iterations, double residual)
        : this(message, ConvergenceFailure.IterationLimit, iterations, residual)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What did not converge, and why if known.</param>
    /// <param name="reason">Why the method stopped.</param>
    /// <param name="iterations">The iterations done (the one that failed included).</param>
    /// <param name="residual">The last finite residual, in the units the message names.</param>
    public ConvergenceException(string message, ConvergenceFailure reason, int iterations, double residual)
        : base(message)
    {
        Reason = reason;
        Iterations = iterations;
        Residual = residual;
    }

    /// <summary>Why the method stopped.</summary>
    public ConvergenceFailure Reason { get; }

    /// <summary>The iterations done before giving up.</summary>
    public int Iterations { get; }

    /// <summary>The last finite residual.</summary>
    public double Residual { get; }
}
