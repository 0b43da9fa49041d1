using System;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// An <see cref="IOdeSystem"/> that also gives its Jacobian ∂f/∂y, which <see cref="StiffIntegrator"/> then uses
/// instead of forming it by finite differences (n derivative evaluations per step fewer, and exact).
/// </summary>
/// <remarks>
/// Optional: the stiff integrator works without it. Implement it on the same struct as the system; the integrator
/// reaches it without boxing. ∂f/∂t is still formed by one finite difference.
/// </remarks>
public interface IOdeJacobian : IOdeSystem
{
    /// <summary>Writes J = ∂f/∂y at (t, y) into <paramref name="jacobian"/>, row by row: ∂fᵢ/∂yⱼ at index i·n + j.</summary>
    /// <param name="time">t, in seconds.</param>
    /// <param name="state">y; read only.</param>
    /// <param name="jacobian">n × n elements, per second in the units of fᵢ over those of yⱼ; every element must be written.</param>
    void Jacobian(double time, ReadOnlySpan<double> state, Span<double> jacobian);
}
