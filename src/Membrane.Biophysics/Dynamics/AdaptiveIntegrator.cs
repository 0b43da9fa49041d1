using System;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// Advances an <see cref="IOdeSystem"/> with the explicit Dormand–Prince 5(4) Runge–Kutta pair and error-controlled
/// step sizes: each step is accepted only when its local error estimate is within the tolerances, and the next step
/// size follows from that estimate. For the slow, smooth variables of a model (concentrations, volumes, pump states);
/// the fast gates of channels are advanced by <see cref="Simulation"/>'s exponential update.
/// </summary>
/// <remarks>
/// <para>
/// The pair, its error estimate (fifth-order solution carried on, fourth-order embedded for the error; seven stages
/// with the last reused as the next step's first) and the coefficients are those of Dormand, J. R. and Prince, P. J.
/// (1980) A family of embedded Runge–Kutta formulae. <i>J. Comput. Appl. Math.</i> 6, 19–26. The error norm
/// ‖e‖ = √(Σ(eᵢ/(atolᵢ + rtol·max(|yᵢ|, |ŷᵢ|)))²/n), the starting step size, and the proportional–integral step
/// control (exponent 0.2 − 0.75β with β = 0.04, safety 0.9, the new step between ×0.2 and ×10 the old, no growth right after a
/// rejection) follow Hairer, E., Nørsett, S. P. and Wanner, G. (1993) <i>Solving Ordinary Differential Equations I</i>,
/// 2nd ed., Springer, §II.4 and §II.5 (their code DOPRI5).
/// </para>
/// <para>
/// An integrator owns its work arrays, so <see cref="Integrate{TSystem}"/> does not allocate. It remembers the step
/// size it would take next, so recording a run by integrating from sample time to sample time costs little; call
/// <see cref="ForgetStepSize"/> after changing the state or the equations abruptly (an event, a new stimulus).
/// It is explicit: on a stiff system (time constants far shorter than the span asked for) it stays correct but takes
/// steps as short as the fastest time constant. Not thread-safe.
/// </para>
/// </remarks>
public sealed class AdaptiveIntegrator
{
    // Dormand & Prince (1980), Table 2 (RK5(4)7M); Hairer et al. (1993) Table II.5.2.
    private const double A21 = 1.0 / 5;
    private const double A31 = 3.0 / 40, A32 = 9.0 / 40;
    private const double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    private const double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561, A54 = -212.0 / 729;
    private const double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247, A64 = 49.0 / 176, A65 = -5103.0 / 18656;
    private const double A71 = 35.0 / 384, A73 = 500.0 / 1113, A74 = 125.0 / 192, A75 = -2187.0 / 6784, A76 = 11.0 / 84;
    private const double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
    private const double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920, E5 = -17253.0 / 339200, E6 = 22.0 / 525, E7 = -1.0 / 40;

    // Step control, Hairer et al. (1993) §II.4 and the DOPRI5 code.
    private const double Safety = 0.9, Beta = 0.04, Exponent = 0.2 - Beta * 0.75, MinShrink = 0.2, MaxGrowth = 10.0;

    // Steps shorter than a few units in the last place of t cannot advance it.
    private const double TimeResolution = 4 * 2.220446049250313e-16;

    private readonly int _n;
    private readonly double _rtol;
    private readonly double[] _atol;
    private readonly double _hMax;
    private readonly double[] _k1, _k2, _k3, _k4, _k5, _k6, _k7, _yStage, _yNew;
    private readonly Controller _c = new();

    /// <summary>Creates an integrator with one absolute tolerance for every variable.</summary>
    /// <param name="dimension">The number of state variables; ≥ 1.</param>
    /// <param name="relativeTolerance">rtol, the allowed local error relative to each variable's size; finite, &gt; 0.</param>
    /// <param name="absoluteTolerance">atol, in the variables' own units: the size below which a variable is not resolved; finite, &gt; 0.</param>
    /// <param name="maximumStep">The longest step allowed; unlimited when null. Set it below the length of the briefest input the equations contain, so no step can jump over it.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public AdaptiveIntegrator(int dimension, double relativeTolerance, double absoluteTolerance, Duration? maximumStep = null)
        : this(relativeTolerance, Repeat(dimension, absoluteTolerance), maximumStep)
    {
    }

    /// <summary>Creates an integrator with an absolute tolerance per variable (variables of different units: V and mol/m³).</summary>
    /// <param name="relativeTolerance">rtol, the allowed local error relative to each variable's size; finite, &gt; 0.</param>
    /// <param name="absoluteTolerances">atolᵢ for each variable, in its own units; each finite and &gt; 0. Its length is the dimension. Copied.</param>
    /// <param name="maximumStep">The longest step allowed; unlimited when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public AdaptiveIntegrator(double relativeTolerance, ReadOnlySpan<double> absoluteTolerances, Duration? maximumStep = null)
    {
        if (!(relativeTolerance > 0 && double.IsFinite(relativeTolerance)))
        {
            throw Guard.Fail(nameof(relativeTolerance), relativeTolerance.ToString("R", CultureInfo.InvariantCulture), "a finite number > 0, e.g. 1e-6");
        }

        if (absoluteTolerances.IsEmpty)
        {
            throw Guard.Fail(nameof(absoluteTolerances), "an empty span", "one tolerance per state variable (at least one)");
        }

        for (int i = 0; i < absoluteTolerances.Length; i++)
        {
            if (!(absoluteTolerances[i] > 0 && double.IsFinite(absoluteTolerances[i])))
            {
                throw Guard.Fail($"{nameof(absoluteTolerances)}[{i}]", absoluteTolerances[i].ToString("R", CultureInfo.InvariantCulture), "a finite number > 0");
            }
        }

        if (maximumStep is { } hMax)
        {
            Guard.PositiveFinite(hMax, nameof(maximumStep));
        }

        _n = absoluteTolerances.Length;
        _rtol = relativeTolerance;
        _atol = absoluteTolerances.ToArray();
        _hMax = maximumStep?.Seconds ?? double.PositiveInfinity;
        MaximumStep = maximumStep;
        _k1 = new double[_n];
        _k2 = new double[_n];
        _k3 = new double[_n];
        _k4 = new double[_n];
        _k5 = new double[_n];
        _k6 = new double[_n];
        _k7 = new double[_n];
        _yStage = new double[_n];
        _yNew = new double[_n];
    }

    /// <summary>The number of state variables.</summary>
    public int Dimension => _n;

    /// <summary>The relative tolerance rtol.</summary>
    public double RelativeTolerance => _rtol;

    /// <summary>The longest step allowed, or null when unlimited.</summary>
    public Duration? MaximumStep { get; }

    /// <summary>The step size the next step will try; zero before the first step and after <see cref="ForgetStepSize"/>.</summary>
    public Duration NextStep => Duration.FromSeconds(_c.H);

    /// <summary>Steps accepted and rejected and derivative evaluations since creation.</summary>
    public IntegrationStatistics Statistics => new(_c.Accepted, _c.Rejected, _c.Evaluations);

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

        if (system.Dimension != _n)
        {
            throw new ArgumentException($"{nameof(system)} must have this integrator's dimension ({_n}); its Dimension was {system.Dimension}.", nameof(system));
        }

        Guard.SameLength(_n, state.Length, nameof(state));
        Guard.Finite(from, nameof(from));
        Guard.Finite(to, nameof(to));
        if (to < from)
        {
            throw Guard.Fail(nameof(to), to.ToString(null, CultureInfo.InvariantCulture), $"a time at or after from = {from.ToString(null, CultureInfo.InvariantCulture)}");
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

        Evaluate(system, t, state, _k1);
        ThrowIfNonFinite(system, _k1, t, rates: true);
        if (_c.H == 0)
        {
            _c.H = StartingStep(system, t, state, tEnd - t);
        }

        double h = Math.Min(_c.H, _hMax);
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
                double grow = Math.Pow(error, Exponent) / Math.Pow(_c.ErrorOld, Beta) / Safety;
                grow = Math.Clamp(grow, 1 / MaxGrowth, 1 / MinShrink);
                double next = Math.Min(h / grow, _hMax);
                if (lastRejected)
                {
                    next = Math.Min(next, h);
                }

                _c.ErrorOld = Math.Max(error, 1e-4);
                _c.Accepted++;
                _yNew.AsSpan().CopyTo(state);
                Array.Copy(_k7, _k1, _n);
                lastRejected = false;
                if (last)
                {
                    // A step cut short to land on tEnd says nothing against the step size planned before the cut.
                    _c.H = Math.Max(next, Math.Min(proposed, _hMax));
                    return;
                }

                t += h;
                h = next;
            }
            else
            {
                _c.Rejected++;
                double shrink = double.IsFinite(error) ? Math.Min(1 / MinShrink, Math.Pow(error, Exponent) / Safety) : 1 / MinShrink;
                h /= shrink;
                lastRejected = true;
                if (h <= TimeResolution * Math.Max(Math.Abs(t), Math.Abs(tEnd)) || h < double.Epsilon * 1e10)
                {
                    if (!double.IsFinite(error))
                    {
                        // A rate that turned NaN or ∞ inside the step is the cause of a non-finite state; name it first.
                        foreach (var stage in (ReadOnlySpan<double[]>)[_k2, _k3, _k4, _k5, _k6, _k7])
                        {
                            ThrowIfNonFinite(system, stage, t, rates: true);
                        }

                        ThrowIfNonFinite(system, _yNew, t, rates: false);
                    }

                    throw new ConvergenceException(
                        string.Create(CultureInfo.InvariantCulture, $"The adaptive integrator's step size fell to {h:G3} s at t = {t:R} s, below the resolution of the time variable, with the scaled error estimate still {error:G3} (> 1). The equations have a singularity or a discontinuity there."),
                        (int)Math.Min(int.MaxValue, _c.Accepted + _c.Rejected),
                        error);
                }
            }
        }
    }

    /// <summary>One Dormand–Prince step of size h from (t, y) with k1 = f(t, y) already known; leaves ŷ in _yNew and f(t + h, ŷ) in _k7.</summary>
    /// <returns>The scaled error norm; +∞ when the step produced a non-finite value.</returns>
    private double TryStep<TSystem>(TSystem system, double t, double h, ReadOnlySpan<double> y)
        where TSystem : IOdeSystem
    {
        int n = _n;
        double[] k1 = _k1, k2 = _k2, k3 = _k3, k4 = _k4, k5 = _k5, k6 = _k6, k7 = _k7, ys = _yStage, yNew = _yNew;
        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + h * A21 * k1[i];
        }

        Evaluate(system, t + C2 * h, ys, k2);
        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
        }

        Evaluate(system, t + C3 * h, ys, k3);
        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
        }

        Evaluate(system, t + C4 * h, ys, k4);
        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
        }

        Evaluate(system, t + C5 * h, ys, k5);
        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
        }

        Evaluate(system, t + h, ys, k6);
        for (int i = 0; i < n; i++)
        {
            yNew[i] = y[i] + h * (A71 * k1[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
        }

        Evaluate(system, t + h, yNew, k7);
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double e = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
            double scale = _atol[i] + _rtol * Math.Max(Math.Abs(y[i]), Math.Abs(yNew[i]));
            double r = e / scale;
            sum += r * r;
            if (!double.IsFinite(yNew[i]) || !double.IsFinite(k7[i]))
            {
                return double.PositiveInfinity;
            }
        }

        double error = Math.Sqrt(sum / n);
        return double.IsNaN(error) ? double.PositiveInfinity : error;
    }

    /// <summary>The starting step size of Hairer et al. (1993) §II.4: from the sizes of y, f and an estimate of f′, capped by the span.</summary>
    private double StartingStep<TSystem>(TSystem system, double t, ReadOnlySpan<double> y, double span)
        where TSystem : IOdeSystem
    {
        double d0 = 0, d1 = 0;
        for (int i = 0; i < _n; i++)
        {
            double scale = _atol[i] + _rtol * Math.Abs(y[i]);
            d0 += y[i] / scale * (y[i] / scale);
            d1 += _k1[i] / scale * (_k1[i] / scale);
        }

        d0 = Math.Sqrt(d0 / _n);
        d1 = Math.Sqrt(d1 / _n);
        double h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 * span : 0.01 * d0 / d1;
        h0 = Math.Min(h0, Math.Min(span, _hMax));
        for (int i = 0; i < _n; i++)
        {
            _yStage[i] = y[i] + h0 * _k1[i];
        }

        Evaluate(system, t + h0, _yStage, _k2);
        double d2 = 0;
        for (int i = 0; i < _n; i++)
        {
            double scale = _atol[i] + _rtol * Math.Abs(y[i]);
            double r = (_k2[i] - _k1[i]) / scale;
            d2 += r * r;
        }

        d2 = Math.Sqrt(d2 / _n) / h0;
        double dMax = Math.Max(d1, d2);
        double h1 = dMax <= 1e-15 || !double.IsFinite(dMax) ? Math.Max(1e-6 * span, h0 * 1e-3) : Math.Pow(0.01 / dMax, 0.2);
        return Math.Min(Math.Min(100 * h0, h1), Math.Min(span, _hMax));
    }

    private void Evaluate<TSystem>(TSystem system, double t, ReadOnlySpan<double> y, Span<double> rates)
        where TSystem : IOdeSystem
    {
        _c.Evaluations++;
        system.Derivatives(t, y, rates);
    }

    private static void ThrowIfNonFinite<TSystem>(TSystem system, ReadOnlySpan<double> values, double t, bool rates)
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

    private static double[] Repeat(int dimension, double absoluteTolerance)
    {
        if (dimension < 1)
        {
            throw Guard.Fail(nameof(dimension), dimension.ToString(CultureInfo.InvariantCulture), "at least 1 state variable");
        }

        if (!(absoluteTolerance > 0 && double.IsFinite(absoluteTolerance)))
        {
            throw Guard.Fail(nameof(absoluteTolerance), absoluteTolerance.ToString("R", CultureInfo.InvariantCulture), "a finite number > 0, in the variables' units");
        }

        var tolerances = new double[dimension];
        Array.Fill(tolerances, absoluteTolerance);
        return tolerances;
    }

    /// <summary>The step controller's running values, kept in their own object so the integrator's fields never change.</summary>
    private sealed class Controller
    {
        public double H;                // the next step size to try, s; 0 until the first step
        public double ErrorOld = 1e-4;
        public long Accepted, Rejected, Evaluations;
    }
}
