using System;

namespace Membrane.Biophysics;

/// <summary>
/// Thrown when a numerical method of this library does not reach its tolerance. Carries what a caller needs to
/// judge the failure: the number of iterations and the last residual.
/// </summary>
public sealed class ConvergenceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What did not converge, and why if known.</param>
    /// <param name="iterations">The iterations done.</param>
    /// <param name="residual">The last residual, in the units the message names.</param>
    public ConvergenceException(string message, int iterations, double residual)
        : base(message)
    {
        Iterations = iterations;
        Residual = residual;
    }

    /// <summary>The iterations done before giving up.</summary>
    public int Iterations { get; }

    /// <summary>The last residual.</summary>
    public double Residual { get; }
}
