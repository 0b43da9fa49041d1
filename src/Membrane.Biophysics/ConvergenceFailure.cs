namespace Membrane.Biophysics;

/// <summary>Why a numerical method gave up (<see cref="ConvergenceException.Reason"/>).</summary>
public enum ConvergenceFailure
{
    /// <summary>The iteration limit was reached with the residual still above the tolerance.</summary>
    IterationLimit,

    /// <summary>The two ends given (or found) for a root do not bracket one: f has the same sign at both.</summary>
    NoBracket,

    /// <summary>The Jacobian was singular (to working precision) at an iterate, so no Newton step exists there.</summary>
    SingularJacobian,

    /// <summary>An iteration produced a non-finite step from a finite iterate.</summary>
    NonFiniteStep,

    /// <summary>An adaptive integrator's step size fell below the resolution of the time variable.</summary>
    StepSizeUnderflow,
}
