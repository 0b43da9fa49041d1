namespace Membrane.Biophysics.Dynamics;

/// <summary>Which error-controlled method an <see cref="OdeIntegrator"/> uses (<see cref="OdeIntegrator.Create"/>).</summary>
public enum OdeMethod
{
    /// <summary>Explicit Dormand–Prince 5(4) (<see cref="AdaptiveIntegrator"/>): cheapest per step; for equations whose fastest time constant is not much shorter than the span asked for.</summary>
    Explicit,

    /// <summary>Linearly implicit Rodas 4(3) (<see cref="StiffIntegrator"/>): steps limited by accuracy alone, not by the fastest time constant; for stiff equations.</summary>
    Stiff,
}
