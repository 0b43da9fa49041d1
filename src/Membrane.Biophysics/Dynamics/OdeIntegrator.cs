using System;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// An error-controlled integrator of an <see cref="IOdeSystem"/>: each step is accepted only when its local error
/// estimate is within the tolerances, and the next step size follows from that estimate. Two methods share this
/// control and differ only in the step: <see cref="AdaptiveIntegrator"/> (explicit Dormand–Prince 5(4), for non-stiff
/// equations) and <see cref="StiffIntegrator"/> (linearly implicit Rodas 4(3), for equations with time constants far
/// shorter than the span asked for). <see cref="Create"/> lets a model choose by parameter.
/// </summary>
/// <remarks>
/// <para>
/// The error norm ‖e‖ = √(Σ(eᵢ/(atolᵢ + rtol·max(|yᵢ|, |ŷᵢ|)))²/n), the starting step size, and the
/// proportional–integral step control (factor (1/‖e‖)^(1/q − 0.75β)·‖e‖_old^β for an error estimate of order q − 1,
/// β = 0.04, safety 0.9, step changes between ×0.2 and ×10, no growth right after a rejection) follow Hairer, E.,
/// Nørsett, S. P. and Wanner, G. (1993) <i>Solving Ordinary Differential Equations I</i>, 2nd ed., Springer, §II.4
/// (their code DOPRI5); the PI form and its use for implicit and Rosenbrock methods, Hairer, E. and Wanner, G. (1996)
/// <i>Solving Ordinary Differential Equations II</i>, 2nd ed., Springer, §IV.2 and §IV.7.
/// </para>
/// <para>
/// An integrator owns its work arrays, so <see cref="Integrate{TSystem}"/> does not allocate. It remembers the step
/// size it would take next, so recording a run by integrating from sample time to sample time costs little; call
/// <see cref="ForgetStepSize"/> after changing the state or the equations abruptly (an event, a new stimulus).
/// Not thread-safe.
/// </para>
/// </remarks>
public abstract class OdeIntegrator
{
    // Step control, Hairer et al. (1993) §II.4 and the DOPRI5 code.
    private const double Safety = 0.9, Beta = 0.04, MinShrink = 0.2, MaxGrowth = 10.0;

    // Steps shorter than a few units in the last place of t cannot advance it.
    private const double TimeResolution = 4 * 2.220446049250313e-16;

    private readonly double _exponent;
    private readonly int _order;
    private readonly double[] _startY, _startRates;
    private readonly Controller _c = new();

    /// <summary>Validates and keeps the tolerances; <paramref name="order"/> is q, the order of the local error estimate plus one.</summary>
    private protected OdeIntegrator(double relativeTolerance, ReadOnlySpan<double> absoluteTolerances, Duration? maximumStep, int order)
    {
        Guard.PositiveFinite(relativeTolerance, nameof(relativeTolerance), detail: ", e.g. 1e-6");

        if (absoluteTolerances.IsEmpty)
        {
            throw Guard.Fail(nameof(absoluteTolerances), "an empty span", "one tolerance per state variable (at least one)");
        }

        for (int i = 0; i < absoluteTolerances.Length; i++)
        {
            Guard.PositiveFinite(absoluteTolerances[i], nameof(absoluteTolerances), i);
        }

        if (maximumStep is { } hMax)
        {
            Guard.PositiveFinite(hMax, nameof(maximumStep));
        }

        N = absoluteTolerances.Length;
        RelTol = relativeTolerance;
        AbsTol = absoluteTolerances.ToArray();
        HMax = maximumStep?.Seconds ?? double.PositiveInfinity;
        MaximumStep = maximumStep;
        _order = order;
        _exponent = 1.0 / order - Beta * 0.75;
        Rates0 = new double[N];
        YNew = new double[N];
        _startY = new double[N];
        _startRates = new double[N];
    }

    /// <summary>The number of state variables.</summary>
    public int Dimension => N;

    /// <summary>The relative tolerance rtol.</summary>
    public double RelativeTolerance => RelTol;

    /// <summary>The longest step allowed, or null when unlimited.</summary>
    public Duration? MaximumStep { get; }

    /// <summary>The step size the next step will try; zero before the first step and after <see cref="ForgetStepSize"/>.</summary>
    public Duration NextStep => Duration.FromSeconds(_c.H);

    /// <summary>Steps accepted and rejected, derivative evaluations and Jacobians since creation.</summary>
    public IntegrationStatistics Statistics => new(_c.Accepted, _c.Rejected, _c.Evaluations) { JacobianEvaluations = _c.Jacobians };

    /// <summary>The number of state variables.</summary>
    private protected int N { get; }

    /// <summary>rtol.</summary>
    private protected double RelTol { get; }

    /// <summary>atolᵢ, one per variable.</summary>
    private protected double[] AbsTol { get; }

    /// <summary>The longest step, s; +∞ when unlimited.</summary>
    private protected double HMax { get; }

    /// <summary>f(t, y) at the start of the step being tried; kept current by the step methods.</summary>
    private protected double[] Rates0 { get; }

    /// <summary>The solution a tried step proposes; the step method writes it.</summary>
    private protected double[] YNew { get; }

    /// <summary>Creates an integrator of the chosen method with an absolute tolerance per variable.</summary>
    /// <param name="method">Explicit (Dormand–Prince) or stiff (Rodas).</param>
    /// <param name="relativeTolerance">rtol; finite, &gt; 0.</param>
    /// <param name="absoluteTolerances">atolᵢ for each variable, in its own units; each finite and &gt; 0. Copied.</param>
    /// <param name="maximumStep">The longest step allowed; unlimited when null.</param>
    /// <returns>A new <see cref="AdaptiveIntegrator"/> or <see cref="StiffIntegrator"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static OdeIntegrator Create(OdeMethod method, double relativeTolerance, ReadOnlySpan<double> absoluteTolerances, Duration? maximumStep = null) => method switch
    {
        OdeMethod.Explicit => new AdaptiveIntegrator(relativeTolerance, absoluteTolerances, maximumStep),
        OdeMethod.Stiff => new StiffIntegrator(relativeTolerance, absoluteTolerances, maximumStep),
        _ => throw Guard.Fail(nameof(method), method, $"{nameof(OdeMethod.Explicit)} or {nameof(OdeMethod.Stiff)}"),
    };

    /// <summary>Forgets the remembered step size, so the next call starts afresh (after an abrupt change of state or equations).</summary>
    public void ForgetStepSize()
    {
        _c.H = 0;
        _c.ErrorOld = 1e-4;
    }

    /// <summary>Advances <paramref name="state"/> in place from <paramref name="from"/> to exactly <paramref name="to"/>.</summary>
    /// <typeparam name="TSystem">The system's type; a struct is called without boxing.</typeparam>
    /// <param name="system">The equations; its dimension must be this integrator's.</param>
    /// <param name="state">y at <paramref name="from"/> on entry, y at <paramref name="to"/> on return; every element finite.</param>
    /// <param name="from">The starting time.</param>
    /// <param name="to">The end time; ≥ <paramref name="from"/>.</param>
    /// <exception cref="ArgumentException">The system's or the state's length is not <see cref="Dimension"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time or a state element is not finite, or <paramref name="to"/> &lt; <paramref name="from"/>.</exception>
    /// <exception cref="NonFiniteStateException">The derivatives are NaN or ∞ at an accepted state, or every step tried, however short, gives a non-finite state.</exception>
    /// <exception cref="ConvergenceException">The step size needed fell below the resolution of the time variable (a singularity, or a discontinuity the tolerance cannot step over).</exception>
    public void Integrate<TSystem>(TSystem system, Span<double> state, Duration from, Duration to)
        where TSystem : IOdeSystem
    {
        if (!typeof(TSystem).IsValueType && system is null)
        {
            // not ThrowIfNull(object), and the value-type test first: either would box a struct system on every call (unoptimised builds box for `is null`)
            throw new ArgumentNullException(nameof(system));
        }

        if (system.Dimension != N)
        {
            throw Guard.Invalid(nameof(system), $"a system of Dimension {Guard.Format(system.Dimension)}", $"a system of this integrator's dimension ({Guard.Format(N)})");
        }

        Guard.SameLength(N, state.Length, nameof(state));
        Guard.Finite(from, nameof(from));
        Guard.Finite(to, nameof(to));
        if (to < from)
        {
            throw Guard.Fail(nameof(to), to, $"a time at or after from = {Guard.Format(from)}");
        }

        for (int i = 0; i < state.Length; i++)
        {
            Guard.Finite(state[i], nameof(state), i);
        }

        double t = from.Seconds, tEnd = to.Seconds;
        if (t == tEnd)
        {
            return;
        }

        Evaluate(system, t, state, Rates0);
        ThrowIfNonFinite(system, Rates0, t, rates: true);
        Restart();
        if (_c.H == 0)
        {
            _c.H = StartingStep(system, t, state, tEnd - t);
        }

        double h = Math.Min(_c.H, HMax);
        bool lastRejected = false;
        while (true)
        {
            double proposed = h;
            bool last = t + h >= tEnd;
            if (last)
            {
                h = tEnd - t;
            }

            double error = TryStep(system, t, h, state);
            if (error <= 1)
            {
                double grow = Math.Pow(error, _exponent) / Math.Pow(_c.ErrorOld, Beta) / Safety;
                grow = Math.Clamp(grow, 1 / MaxGrowth, 1 / MinShrink);
                double next = Math.Min(h / grow, HMax);
                if (lastRejected)
                {
                    next = Math.Min(next, h);
                }

                _c.ErrorOld = Math.Max(error, 1e-4);
                _c.Accepted++;
                YNew.AsSpan().CopyTo(state);
                lastRejected = false;
                if (last)
                {
                    // A step cut short to land on tEnd says nothing against the step size planned before the cut.
                    _c.H = Math.Max(next, Math.Min(proposed, HMax));
                    return;
                }

                t += h;
                h = next;
                Accepted(system, t, state);
            }
            else
            {
                _c.Rejected++;
                double shrink = double.IsFinite(error) ? Math.Min(1 / MinShrink, Math.Pow(error, _exponent) / Safety) : 1 / MinShrink;
                h /= shrink;
                lastRejected = true;
                if (h <= TimeResolution * Math.Max(Math.Abs(t), Math.Abs(tEnd)) || h < double.Epsilon * 1e10)
                {
                    if (!double.IsFinite(error))
                    {
                        // A rate that turned NaN or ∞ inside the step is the cause of a non-finite state; name it first.
                        ThrowIfStageNonFinite(system, t);
                        ThrowIfNonFinite(system, YNew, t, rates: false);
                    }

                    throw new ConvergenceException(
                        string.Create(CultureInfo.InvariantCulture, $"The {MethodName} integrator's step size fell to {h:G3} s at t = {t:R} s, below the resolution of the time variable, with the scaled error estimate still {error:G3} (> 1). The equations have a singularity or a discontinuity there."),
                        ConvergenceFailure.StepSizeUnderflow,
                        (int)Math.Min(int.MaxValue, _c.Accepted + _c.Rejected),
                        error);
                }
            }
        }
    }

    /// <summary>The method's name in error messages ("adaptive", "stiff").</summary>
    private protected abstract string MethodName { get; }

    /// <summary>Called once per <see cref="Integrate{TSystem}"/> after <see cref="Rates0"/> is set at its start: drop anything kept from before.</summary>
    private protected abstract void Restart();

    /// <summary>Tries one step of size h from (t, y) with <see cref="Rates0"/> = f(t, y): writes the proposed solution to <see cref="YNew"/>.</summary>
    /// <returns>The scaled error norm (<see cref="ErrorNorm"/>); +∞ when the step produced a non-finite value.</returns>
    private protected abstract double TryStep<TSystem>(TSystem system, double t, double h, ReadOnlySpan<double> y)
        where TSystem : IOdeSystem;

    /// <summary>Called after a step is accepted and the integration goes on from (t, y): bring <see cref="Rates0"/> to f(t, y).</summary>
    private protected abstract void Accepted<TSystem>(TSystem system, double t, ReadOnlySpan<double> y)
        where TSystem : IOdeSystem;

    /// <summary>Throws <see cref="NonFiniteStateException"/> naming the rate that turned non-finite inside the last step tried, if one did.</summary>
    private protected abstract void ThrowIfStageNonFinite<TSystem>(TSystem system, double t)
        where TSystem : IOdeSystem;

    /// <summary>The scaled norm of the local error estimate <paramref name="error"/> against y and <see cref="YNew"/> (Hairer et al. 1993, eq. II.4.11).</summary>
    /// <returns>The norm; +∞ when <see cref="YNew"/> or the norm is not finite.</returns>
    private protected double ErrorNorm(ReadOnlySpan<double> error, ReadOnlySpan<double> y)
    {
        double[] yNew = YNew;
        double sum = 0;
        for (int i = 0; i < N; i++)
        {
            double scale = AbsTol[i] + RelTol * Math.Max(Math.Abs(y[i]), Math.Abs(yNew[i]));
            double r = error[i] / scale;
            sum += r * r;
            if (!double.IsFinite(yNew[i]))
            {
                return double.PositiveInfinity;
            }
        }

        double norm = Math.Sqrt(sum / N);
        return double.IsNaN(norm) ? double.PositiveInfinity : norm;
    }

    /// <summary>Calls the system and counts the call.</summary>
    private protected void Evaluate<TSystem>(TSystem system, double t, ReadOnlySpan<double> y, Span<double> rates)
        where TSystem : IOdeSystem
    {
        _c.Evaluations++;
        system.Derivatives(t, y, rates);
    }

    /// <summary>Counts a Jacobian formed.</summary>
    private protected void CountJacobian() => _c.Jacobians++;

    /// <summary>Throws <see cref="NonFiniteStateException"/> for the first non-finite element of <paramref name="values"/>.</summary>
    private protected static void ThrowIfNonFinite<TSystem>(TSystem system, ReadOnlySpan<double> values, double t, bool rates)
        where TSystem : IOdeSystem
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                string name = system.VariableName(i);
                throw new NonFiniteStateException(rates ? $"d{name}/dt" : name, Duration.FromSeconds(t), values[i]);
            }
        }
    }

    /// <summary>One absolute tolerance repeated for every variable, after checking both.</summary>
    private protected static double[] Repeat(int dimension, double absoluteTolerance)
    {
        Guard.AtLeast(dimension, 1, nameof(dimension), "state variable");

        Guard.PositiveFinite(absoluteTolerance, nameof(absoluteTolerance), detail: ", in the variables' units");

        var tolerances = new double[dimension];
        Array.Fill(tolerances, absoluteTolerance);
        return tolerances;
    }

    /// <summary>The starting step size of Hairer et al. (1993) §II.4: from the sizes of y, f and an estimate of f′, capped by the span.</summary>
    private double StartingStep<TSystem>(TSystem system, double t, ReadOnlySpan<double> y, double span)
        where TSystem : IOdeSystem
    {
        double[] f0 = Rates0;
        double d0 = 0, d1 = 0;
        for (int i = 0; i < N; i++)
        {
            double scale = AbsTol[i] + RelTol * Math.Abs(y[i]);
            d0 += y[i] / scale * (y[i] / scale);
            d1 += f0[i] / scale * (f0[i] / scale);
        }

        d0 = Math.Sqrt(d0 / N);
        d1 = Math.Sqrt(d1 / N);
        double h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 * span : 0.01 * d0 / d1;
        h0 = Math.Min(h0, Math.Min(span, HMax));
        for (int i = 0; i < N; i++)
        {
            _startY[i] = y[i] + h0 * f0[i];
        }

        Evaluate(system, t + h0, _startY, _startRates);
        double d2 = 0;
        for (int i = 0; i < N; i++)
        {
            double scale = AbsTol[i] + RelTol * Math.Abs(y[i]);
            double r = (_startRates[i] - f0[i]) / scale;
            d2 += r * r;
        }

        d2 = Math.Sqrt(d2 / N) / h0;
        double dMax = Math.Max(d1, d2);
        double h1 = dMax <= 1e-15 || !double.IsFinite(dMax) ? Math.Max(1e-6 * span, h0 * 1e-3) : Math.Pow(0.01 / dMax, 1.0 / _order);
        return Math.Min(Math.Min(100 * h0, h1), Math.Min(span, HMax));
    }

    /// <summary>The step controller's running values, kept in their own object so the integrator's fields never change.</summary>
    private sealed class Controller
    {
        public double H;                // the next step size to try, s; 0 until the first step
        public double ErrorOld = 1e-4;
        public long Accepted, Rejected, Evaluations, Jacobians;
    }
}
