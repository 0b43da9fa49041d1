using System;
using System.Collections.Generic;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// One run of <see cref="IschaemiaModel"/>: the simulation advanced piece by piece — fixed steps in the probe windows
/// (and throughout with <see cref="IschaemiaIntegration.FixedStep"/>), the quasi-steady advance between them — with the
/// samples, the test pulses' responses, the spontaneous spikes and the intervals in which NCX runs in reverse.
/// </summary>
/// <remarks>
/// NCX reversal is the sign of g = V − E_NCX (E_NCX = 3E_Na − 2E_Ca). g is evaluated after every fixed step and at the
/// end of every quasi-steady piece; a sign change is placed by linear interpolation between the two evaluations around
/// it. Quasi-steady pieces are kept no longer than half the time to the zero of g that its last two values predict (and
/// no shorter than 1 ms), so the crossing is approached in shrinking pieces and the interpolation spans little of g's
/// curvature.
/// </remarks>
internal sealed class IschaemiaRun
{
    private const double SpikeLevel = 0.0;      // V, the level a spike crosses
    private const double SpikeRise = 10e-3;     // V, how far V must rise after the pulse's end for a spike
    private const double MinimumPiece = 1e-3;   // s, the shortest quasi-steady piece

    private readonly IschaemiaModel _m;
    private readonly Simulation _sim;
    private readonly AtpDependentTransport _pump;
    private readonly AtpDependentTransport _calciumPump;
    private readonly AtpDependentTransport? _glialPump;
    private readonly double _finalAtp;
    private readonly double _dt;
    private readonly long _windowSteps;
    private readonly long _pulseSteps;
    private readonly List<TestPulseResponse> _pulses = [];
    private readonly List<Duration> _spontaneous = [];
    private readonly List<TimeInterval> _reversals = [];
    private readonly long _stride;
    private readonly long _settleSteps;
    private readonly Channels.GateKinetics[] _kinetics;
    private readonly Channels.Channel[] _gated;
    private Action? _sample;
    private long _step;
    private long _pieceStart = -1;             // the last piece (fixed or quasi-steady): its first step and V there
    private double _pieceVoltage;
    private long _firingUntil = -1;             // keep fixed steps until here after a spontaneous spike
    private double _g, _gTime, _gOld = double.NaN, _gOldTime;
    private double _reversalStart = double.NaN;

    public IschaemiaRun(IschaemiaCell cell, double finalAtp)
    {
        var model = cell.Model;
        _m = model;
        _finalAtp = finalAtp;
        _dt = model.TimeStep.Seconds;
        _pump = new AtpDependentTransport(model.Pump, AtpFraction(0));
        _calciumPump = new AtpDependentTransport(model.CalciumPump, AtpFraction(0));
        _glialPump = cell.GlialPump is { } glial ? new AtpDependentTransport(glial, AtpFraction(0)) : null;
        _sim = new Simulation(cell.WithTestPulses(_pump, _calciumPump, _glialPump), model.Temperature, model.TimeStep, model.RestingPotential);
        _windowSteps = Steps(model.ProbeWindow);
        _pulseSteps = Steps(model.TestPulseLength);
        _stride = Steps(model.SamplingInterval);
        _settleSteps = Math.Max(1, Steps(Duration.FromMilliseconds(1)));
        _gated = [model.TransientSodium, model.PersistentSodium, model.DelayedRectifier];
        var kinetics = new List<Channels.GateKinetics>();
        foreach (var channel in _gated)
        {
            foreach (var gate in channel.Gates)
            {
                kinetics.Add(gate.Kinetics);
            }
        }

        _kinetics = [.. kinetics];
    }

    public Simulation Simulation => _sim;

    public IReadOnlyList<TestPulseResponse> Pulses => _pulses;

    public IReadOnlyList<Duration> SpontaneousSpikes => _spontaneous;

    public IReadOnlyList<TimeInterval> Reversals => _reversals;

    /// <summary>The fraction of ATP left at time t: a + (1 − a) e^(−t/τ), a the final fraction; a step (a from t = 0) when τ = 0.</summary>
    public double AtpFraction(double seconds)
    {
        var tau = _m.AtpTimeConstant.Seconds;
        return tau > 0 ? _finalAtp + ((1 - _finalAtp) * Math.Exp(-seconds / tau)) : _finalAtp;
    }

    /// <summary>V − E_NCX now, in volts.</summary>
    public double ExchangerDrive() => _sim.Voltage.Volts - ExchangerReversalPotential().Volts;

    /// <summary>E_NCX (3E_Na − 2E_Ca) from the simulation's present concentrations.</summary>
    public ElectricPotential ExchangerReversalPotential() => _sim.ReversalPotential(_m.Exchanger)!.Value;

    /// <summary>Runs to the end, calling <paramref name="sample"/> at t = 0 and every sampling interval.</summary>
    public void Run(Action sample)
    {
        _g = ExchangerDrive();
        _gTime = 0;
        if (_g > 0)
        {
            _reversalStart = 0; // NCX already runs in reverse at the start: the first interval opens at t = 0
        }

        _sample = sample;
        sample();
        var total = Steps(_m.Duration);
        var pulseEvery = Steps(_m.TestPulseInterval);
        var nextPulse = pulseEvery;
        var maxPiece = _stride;
        if (_m.AtpTimeConstant.Seconds > 0)
        {
            maxPiece = Math.Max(1, Math.Min(maxPiece, Steps(_m.AtpTimeConstant) / 50));
        }

        while (_step < total)
        {
            // A probe whose window (one window before the pulse, the pulse, one window after) fits in the run.
            var probing = nextPulse + _pulseSteps + _windowSteps <= total;
            var windowStart = nextPulse - _windowSteps;
            if (probing && _step >= windowStart)
            {
                Probe(nextPulse);
                nextPulse += pulseEvery;
                continue;
            }

            var end = Math.Min(total, ((_step / _stride) + 1) * _stride);
            end = Math.Min(end, _step + maxPiece);
            if (probing)
            {
                end = Math.Min(end, windowStart);
            }

            if (_m.Integration == IschaemiaIntegration.FixedStep || _step < _windowSteps || _step < _firingUntil || !GatesSettled() || GatesLag() || !RestStability.IsStable(_m, _sim, _gated))
            {
                end = Math.Min(end, Math.Max(_step + _settleSteps, _firingUntil));
                _pieceVoltage = _sim.Voltage.Volts;
                _pieceStart = _step;
                SetAtp(_step, end);
                while (_step < end)
                {
                    FixedStep(isProbe: false);
                }
            }
            else
            {
                end = Math.Min(end, _step + PredictedPiece());
                _pieceVoltage = _sim.Voltage.Volts;
                _pieceStart = _step;
                SetAtp(_step, end);
                _sim.AdvanceQuasiSteady(Duration.FromSeconds((end - _step) * _dt), 1e-8);
                _step = end;
                Track();
                Sampled();
            }
        }

        if (!double.IsNaN(_reversalStart))
        {
            _reversals.Add(new TimeInterval(Duration.FromSeconds(_reversalStart), Duration.FromSeconds(_step * _dt)));
        }
    }

    private void Sampled()
    {
        if (_step % _stride == 0)
        {
            _sample!();
        }
    }

    /// <summary>Whether every gate is within <see cref="IschaemiaModel.GateTolerance"/> of its steady state at the present V (the quasi-steady advance's premise).</summary>
    private bool GatesSettled()
    {
        var v = _sim.Voltage;
        for (var k = 0; k < _kinetics.Length; k++)
        {
            if (Math.Abs(_sim.GateValue(k) - _kinetics[k].SteadyState(v)) > _m.GateTolerance)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether, at the rate V moved over the last piece, some gate would lag its moving steady state by more
    /// than <see cref="IschaemiaModel.GateTolerance"/>: a gate relaxing with τ behind x∞(V(t)) trails it by
    /// τ |dx∞/dV| |dV/dt|, which the quasi-steady advance (every gate at x∞) neglects. The persistent Na⁺ inactivation
    /// (τ 1.2–9 s) is the gate this catches while the cell depolarises toward threshold.
    /// </summary>
    private bool GatesLag()
    {
        if (_pieceStart < 0 || _step <= _pieceStart)
        {
            return false;
        }

        var rate = Math.Abs(_sim.Voltage.Volts - _pieceVoltage) / ((_step - _pieceStart) * _dt);
        var v = _sim.Voltage;
        for (var k = 0; k < _kinetics.Length; k++)
        {
            var slope = (_kinetics[k].SteadyState(ElectricPotential.FromVolts(v.Volts + 1e-6)) - _kinetics[k].SteadyState(ElectricPotential.FromVolts(v.Volts - 1e-6))) / 2e-6;
            if (_kinetics[k].TimeConstant(v, _m.Temperature).Seconds * Math.Abs(slope) * rate > _m.GateTolerance)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The window around one test pulse, stepped at fixed Δt: spontaneous spikes before, the response after.</summary>
    private void Probe(long pulse)
    {
        SetAtp(_step, pulse + _pulseSteps + _windowSteps);
        while (_step < pulse)
        {
            FixedStep(isProbe: false);
        }

        var before = _sim.Voltage;
        while (_step < pulse + _pulseSteps)
        {
            FixedStep(isProbe: true);
        }

        var atEnd = _sim.Voltage.Volts;
        var peak = atEnd;
        var crossed = false;
        while (_step < pulse + _pulseSteps + _windowSteps)
        {
            var v = _sim.Voltage.Volts;
            FixedStep(isProbe: true);
            var vNew = _sim.Voltage.Volts;
            peak = Math.Max(peak, vNew);
            if (v < SpikeLevel && vNew >= SpikeLevel)
            {
                if (crossed || atEnd >= SpikeLevel)
                {
                    Spontaneous(v, vNew); // a second spike: the cell fires on its own
                }

                crossed = true;
            }
        }

        var spike = peak > atEnd + SpikeRise && (crossed || atEnd < SpikeLevel) && peak >= SpikeLevel;
        _pulses.Add(new TestPulseResponse(Duration.FromSeconds(pulse * _dt), spike, ElectricPotential.FromVolts(peak), before));
    }

    /// <summary>One fixed step: spontaneous spikes (outside a probe's response) counted and timed, g tracked.</summary>
    private void FixedStep(bool isProbe)
    {
        var v = _sim.Voltage.Volts;
        _sim.Step();
        _step++;
        var vNew = _sim.Voltage.Volts;
        if (!isProbe && v < SpikeLevel && vNew >= SpikeLevel)
        {
            Spontaneous(v, vNew);
        }

        Track();
        Sampled();
    }

    /// <summary>A spike the cell fired on its own in the last step, timed by interpolation; fixed steps continue for one window.</summary>
    private void Spontaneous(double v, double vNew)
    {
        _spontaneous.Add(Duration.FromSeconds((_step - 1 + ((SpikeLevel - v) / (vNew - v))) * _dt));
        _firingUntil = _step + _windowSteps;
    }

    /// <summary>g = V − E_NCX at the present step; a change of sign opens or closes a reversal interval at the interpolated time.</summary>
    private void Track()
    {
        var t = _step * _dt;
        var g = ExchangerDrive();
        if ((g > 0) != (_g > 0))
        {
            var crossing = _gTime + ((t - _gTime) * _g / (_g - g));
            if (g > 0)
            {
                _reversalStart = crossing;
            }
            else
            {
                _reversals.Add(new TimeInterval(Duration.FromSeconds(_reversalStart), Duration.FromSeconds(crossing)));
                _reversalStart = double.NaN;
            }
        }

        _gOld = _g;
        _gOldTime = _gTime;
        _g = g;
        _gTime = t;
    }

    /// <summary>Steps to the next quasi-steady evaluation: half the time to g's predicted zero, at least 1 ms.</summary>
    private long PredictedPiece()
    {
        var minimum = Math.Max(1, (long)Math.Round(MinimumPiece / _dt));
        if (double.IsNaN(_gOld) || _gTime <= _gOldTime)
        {
            return minimum;
        }

        var slope = (_g - _gOld) / (_gTime - _gOldTime);
        if (slope * _g >= 0)
        {
            return long.MaxValue / 4; // moving away from zero
        }

        var toZero = -_g / slope;
        return Math.Max(minimum, (long)(0.5 * toZero / _dt));
    }

    private void SetAtp(long from, long to)
    {
        var f = AtpFraction(0.5 * (from + to) * _dt);
        _pump.Fraction = f;
        _calciumPump.Fraction = f;
        _glialPump?.Fraction = f;
    }

    private long Steps(Duration d) => (long)Math.Round(d.Seconds / _dt);
}
