using System;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Channels;

/// <summary>The shape of a ligand-gated conductance's response to one presynaptic event.</summary>
public enum SynapticTimeCourse
{
    /// <summary>Always fully active (a tonic conductance); events change nothing.</summary>
    Constant,

    /// <summary>s(t) = (t/τ) e^(1 − t/τ): rises and decays with one time constant, peak 1 at t = τ.</summary>
    Alpha,

    /// <summary>s(t) = N (e^(−t/τ_decay) − e^(−t/τ_rise)), N normalising the peak to 1.</summary>
    BiExponential,
}

/// <summary>
/// The time course of a ligand-gated conductance: the activation s(t) ≥ 0 one event produces, normalised so its peak is 1;
/// events superpose linearly. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The alpha function is Rall, W. (1967) Distinguishing theoretical synaptic potentials computed for different
/// soma-dendritic distributions of synaptic input. <i>J. Neurophysiol.</i> 30, 1138–1168; the difference of
/// exponentials and its peak time t_p = τ_r τ_d/(τ_d − τ_r) · ln(τ_d/τ_r) are as in Roth, A. and van Rossum, M. C. W.
/// (2009) Modeling synapses, in <i>Computational Modeling Methods for Neuroscientists</i> (De Schutter, ed.), MIT
/// Press, ch. 6, eqs. 6.3–6.5. Both are linear ODEs, so the simulator advances them exactly over a step and places
/// an event at its exact time within the step. No temperature scaling is applied: give τ at the temperature simulated.
/// </remarks>
public sealed record SynapticKinetics
{
    private SynapticKinetics(SynapticTimeCourse shape, Duration rise, Duration decay)
    {
        Shape = shape;
        Rise = rise;
        Decay = decay;
        if (shape == SynapticTimeCourse.BiExponential)
        {
            var tr = rise.Seconds;
            var td = decay.Seconds;
            PeakTime = Duration.FromSeconds(tr * td / (td - tr) * Math.Log(td / tr));
            Normalisation = 1.0 / (Math.Exp(-PeakTime.Seconds / td) - Math.Exp(-PeakTime.Seconds / tr));
        }
        else
        {
            PeakTime = shape == SynapticTimeCourse.Alpha ? decay : Duration.Zero;
            Normalisation = shape == SynapticTimeCourse.Alpha ? Math.E : 1.0;
        }
    }

    /// <summary>The shape.</summary>
    public SynapticTimeCourse Shape { get; }

    /// <summary>τ_rise (bi-exponential); equal to <see cref="Decay"/> for an alpha function; zero for a constant.</summary>
    public Duration Rise { get; }

    /// <summary>τ_decay (bi-exponential), τ (alpha function); zero for a constant.</summary>
    public Duration Decay { get; }

    /// <summary>When one event's activation peaks (at 1).</summary>
    public Duration PeakTime { get; }

    /// <summary>The factor N that makes the peak 1 (e for the alpha function).</summary>
    public double Normalisation { get; }

    /// <summary>A tonic conductance, always fully on.</summary>
    public static SynapticKinetics Constant { get; } = new(SynapticTimeCourse.Constant, Duration.Zero, Duration.Zero);

    /// <summary>An alpha function with time constant τ (peak at τ).</summary>
    /// <param name="tau">τ; finite and &gt; 0.</param>
    /// <returns>The kinetics.</returns>
    /// <exception cref="ArgumentOutOfRangeException">τ is not finite and &gt; 0.</exception>
    public static SynapticKinetics Alpha(Duration tau)
    {
        Guard.PositiveFinite(tau, nameof(tau));
        return new(SynapticTimeCourse.Alpha, tau, tau);
    }

    /// <summary>A difference of exponentials with rise and decay time constants.</summary>
    /// <param name="rise">τ_rise; finite, &gt; 0 and &lt; τ_decay.</param>
    /// <param name="decay">τ_decay; finite and &gt; 0.</param>
    /// <returns>The kinetics.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A time constant is out of range, or τ_rise ≥ τ_decay (use <see cref="Alpha"/> for equal ones).</exception>
    public static SynapticKinetics BiExponential(Duration rise, Duration decay)
    {
        Guard.PositiveFinite(rise, nameof(rise));
        Guard.PositiveFinite(decay, nameof(decay));
        if (!(rise < decay))
        {
            throw Guard.Fail(nameof(rise), rise, $"shorter than the decay time constant {Guard.Format(decay)} (use Alpha for equal time constants)");
        }

        return new(SynapticTimeCourse.BiExponential, rise, decay);
    }

    /// <summary>The activation a single event produces a time <paramref name="sinceEvent"/> after it (0 before it).</summary>
    /// <param name="sinceEvent">The time since the event.</param>
    /// <returns>s, 0…1.</returns>
    public double Activation(Duration sinceEvent)
    {
        var t = sinceEvent.Seconds;
        return Shape switch
        {
            SynapticTimeCourse.Constant => 1.0,
            _ when !(t >= 0) => 0.0,
            SynapticTimeCourse.Alpha => Normalisation * t / Decay.Seconds * Math.Exp(-t / Decay.Seconds),
            _ => Normalisation * (Math.Exp(-t / Decay.Seconds) - Math.Exp(-t / Rise.Seconds)),
        };
    }
}
