using System;
using Membrane.Biophysics.Dynamics;

namespace Membrane.Biophysics.Models;

/// <summary>
/// An ATP-driven transport law whose rate is the wrapped law's times the fraction of ATP left, set by the ischaemia run
/// before each piece of the integration (piecewise constant, at the piece's midpoint). One per run: it carries the run's
/// present ATP fraction, so it is not shared between runs or threads.
/// </summary>
internal sealed class AtpDependentTransport : TransportKinetics
{
    private readonly TransportKinetics _law;

    public AtpDependentTransport(TransportKinetics law, double fraction)
        : base(law.Transporter)
    {
        _law = law;
        Fraction = fraction;
    }

    /// <summary>The fraction of the wrapped law's rate, 0 … 1.</summary>
    public double Fraction { get; set; }

    private protected override string LawName => "ATP-dependent " + _law;

    internal override double Rate(double volts, ReadOnlySpan<double> inside, ReadOnlySpan<double> outside, double thermalVoltage, double faraday) =>
        Fraction * _law.Rate(volts, inside, outside, thermalVoltage, faraday);
}
