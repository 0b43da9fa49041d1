using System;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// A system of ordinary differential equations dy/dt = f(t, y) that an <see cref="OdeIntegrator"/> (<see cref="AdaptiveIntegrator"/> or <see cref="StiffIntegrator"/>) advances: the
/// pools, pumps and volumes of a model written as plain numbers in the units the model states (mol/m³, V, m³, …).
/// </summary>
/// <remarks>
/// Time is passed in seconds as a plain number because this is the innermost callback of the integrator; state and
/// rates are spans the integrator owns, so an implementation writes its rates without allocating. Implement it on a
/// struct and pass the struct to the generic <see cref="OdeIntegrator.Integrate{TSystem}"/> to have the call inlined.
/// </remarks>
public interface IOdeSystem
{
    /// <summary>The number of state variables.</summary>
    int Dimension { get; }

    /// <summary>Writes dy/dt at (t, y) into <paramref name="rates"/>, which has <see cref="Dimension"/> elements.</summary>
    /// <param name="time">t, in seconds.</param>
    /// <param name="state">y; read only.</param>
    /// <param name="rates">dy/dt, per second; every element must be written.</param>
    void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates);

    /// <summary>The name of state variable <paramref name="index"/> in error messages ("[K⁺]o", "V"); "y[index]" unless overridden.</summary>
    /// <param name="index">The variable's index.</param>
    /// <returns>A short name.</returns>
    string VariableName(int index) => $"y[{index}]";
}
