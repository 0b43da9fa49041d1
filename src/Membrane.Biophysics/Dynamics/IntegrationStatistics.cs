namespace Membrane.Biophysics.Dynamics;

/// <summary>What an <see cref="OdeIntegrator"/> has done since it was created: the cost of a run, for reports and tuning.</summary>
/// <param name="AcceptedSteps">Steps whose error estimate met the tolerance.</param>
/// <param name="RejectedSteps">Steps tried, found too large and retried with a smaller size.</param>
/// <param name="Evaluations">Calls of <see cref="IOdeSystem.Derivatives"/>, including those that form Jacobians by finite differences.</param>
public readonly record struct IntegrationStatistics(long AcceptedSteps, long RejectedSteps, long Evaluations)
{
    /// <summary>Jacobians ∂f/∂y formed (by <see cref="StiffIntegrator"/>; 0 for the explicit method).</summary>
    public long JacobianEvaluations { get; init; }
}
