using System;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Channels;

/// <summary>
/// One gating factor of a channel: kinetics raised to a power (HH's m³ is <c>new Gate("m", mKinetics, 3)</c>).
/// Immutable and thread-safe.
/// </summary>
/// <remarks>Hodgkin, A. L. and Huxley, A. F. (1952) <i>J. Physiol.</i> 117, 500–544: g_K = ḡ_K n⁴ (eq. 6), g_Na = ḡ_Na m³h (eq. 14).</remarks>
public sealed record Gate
{
    /// <summary>Creates a gating factor.</summary>
    /// <param name="name">A short name used in recordings and error messages ("m", "h", "n"); not empty.</param>
    /// <param name="kinetics">Its voltage-dependent kinetics.</param>
    /// <param name="power">The exponent; 1…8.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The power is outside 1…8 or the name is empty.</exception>
    public Gate(string name, GateKinetics kinetics, int power)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(kinetics);
        Guard.InRange(power, 1, 8, nameof(power), what: "whole exponent");

        Name = name;
        Kinetics = kinetics;
        Power = power;
    }

    /// <summary>The gate's name.</summary>
    public string Name { get; }

    /// <summary>Its kinetics.</summary>
    public GateKinetics Kinetics { get; }

    /// <summary>The exponent it enters the conductance with.</summary>
    public int Power { get; }
}
