namespace Membrane.Biophysics.Models;

/// <summary>How <see cref="IschaemiaModel"/> integrates the cell.</summary>
public enum IschaemiaIntegration
{
    /// <summary>
    /// Fixed steps of <see cref="IschaemiaModel.TimeStep"/> in windows around the onset and every test pulse, and while
    /// the cell fires on its own; in between, the quasi-steady advance (<see cref="Dynamics.Simulation.AdvanceQuasiSteady(Quantities.Duration, double)"/>).
    /// </summary>
    Hybrid,

    /// <summary>Fixed steps of <see cref="IschaemiaModel.TimeStep"/> throughout: every spike simulated, slow.</summary>
    FixedStep,
}
