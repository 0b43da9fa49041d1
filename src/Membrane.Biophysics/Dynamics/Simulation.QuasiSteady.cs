using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>The quasi-steady mode: the slow variables (amounts, volumes) by the adaptive integrator, V and gates slaved to them.</summary>
public sealed partial class Simulation
{
    /// <summary>
    /// Advances only the slow variables — every ion's amount inside (free + bound) and in a closed outside volume, an
    /// osmotic volume, and an astrocyte's (<see cref="CellModel.WithAstrocyte"/>) ions and buffered K⁺ — with the
    /// error-controlled <see cref="AdaptiveIntegrator"/>, holding the fast ones at their quasi-steady values: every gate at
    /// x∞(V), V where the membrane current balances the injected current (or at the clamp command), and the astrocyte's
    /// V_g where its own membrane current vanishes (its Kir channel and leaks are instantaneous). For the minutes-to-hours drift of concentrations (Cl⁻ set by KCC2 and NKCC1, ion loading after a
    /// pump stops), where the fixed-step <see cref="Step"/> would need 10⁷ steps of 10 µs.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Valid when the slow variables change little over the membrane's and gates' time constants (the separation of time
    /// scales of, e.g., Kager, Wadman and Somjen 2000) and the quasi-steady membrane current has one zero: a resting, not a
    /// firing, cell. Synaptic activations are held at their present values; current steps and clamp steps act when they
    /// are on (the advance is split at their edges, each piece integrated with the stimulus in force there).
    /// Amounts are the integrated variables, so what one side loses the other gains to rounding (and water likewise).
    /// V (and V_g) is found by Brent's method on [−1 V, +1 V] to 1 nV. Spikes are not detected. Afterwards the fixed-step
    /// <see cref="Step"/> continues from the new state, with every gate at its steady state.
    /// </para>
    /// <para>Allocates the integrator, one state vector and the list of stimulus edges per call, nothing per step.</para>
    /// </remarks>
    /// <param name="duration">How long; a whole number of time steps Δt (so that <see cref="Time"/> stays on the step grid), ≥ 0.</param>
    /// <param name="relativeTolerance">The integrator's rtol, e.g. 1e-8; each variable's atol is 10⁻² rtol of its starting size.</param>
    /// <returns>What the integrator did: accepted and rejected steps, evaluations.</returns>
    /// <exception cref="InvalidOperationException">The model has no pools, or the membrane current (or the astrocyte's) has no zero in [−1 V, +1 V].</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="NonFiniteStateException">A slow variable's rate became NaN or infinite.</exception>
    public IntegrationStatistics AdvanceQuasiSteady(Duration duration, double relativeTolerance)
    {
        var steps = WholeSteps(duration, nameof(duration), allowZero: true);
        Guard.InRange(relativeTolerance, 0, 1, nameof(relativeTolerance), Ends.Open, detail: ", e.g. 1e-8");

        return new QuasiSteady(_k).Advance(steps, relativeTolerance);
    }

    /// <summary>
    /// <see cref="AdvanceQuasiSteady(Duration, double)"/> with <paramref name="recorder"/> sampled now and after every
    /// <see cref="Recorder.Interval"/>: the advance is made in pieces of one interval, each integrated as a call of its
    /// own. Spikes are not recorded.
    /// </summary>
    /// <param name="duration">How long; a whole number of time steps Δt, ≥ 0.</param>
    /// <param name="relativeTolerance">The integrator's rtol, e.g. 1e-8.</param>
    /// <param name="recorder">The recorder; its interval a whole number (≥ 1) of steps.</param>
    /// <returns>What the integrator did over all the pieces.</returns>
    /// <exception cref="InvalidOperationException">The model has no pools, or a membrane current has no zero in [−1 V, +1 V].</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="NonFiniteStateException">A slow variable's rate, or a tracked variable, became NaN or infinite.</exception>
    public IntegrationStatistics AdvanceQuasiSteady(Duration duration, double relativeTolerance, Recorder recorder)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        var steps = WholeSteps(duration, nameof(duration), allowZero: true);
        var stride = WholeSteps(recorder.Interval, $"{nameof(recorder)}.{nameof(Recorder.Interval)}", allowZero: false);
        Guard.InRange(relativeTolerance, 0, 1, nameof(relativeTolerance), Ends.Open, detail: ", e.g. 1e-8");

        recorder.Reserve(recorder.Count + recorder.SampleCount(duration));
        recorder.Sample(Time);
        var total = default(IntegrationStatistics);
        for (long done = 0; done < steps;)
        {
            var piece = Math.Min(stride, steps - done);
            var stats = new QuasiSteady(_k).Advance(piece, relativeTolerance);
            total = new IntegrationStatistics(total.AcceptedSteps + stats.AcceptedSteps, total.RejectedSteps + stats.RejectedSteps, total.Evaluations + stats.Evaluations)
            {
                JacobianEvaluations = total.JacobianEvaluations + stats.JacobianEvaluations,
            };
            done += piece;
            if (piece == stride)
            {
                recorder.Sample(Time);
            }
        }

        return total;
    }
}
