using System;
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
/// (1980) A family of embedded Runge–Kutta formulae. <i>J. Comput. Appl. Math.</i> 6, 19–26; Hairer, E., Nørsett, S. P.
/// and Wanner, G. (1993) <i>Solving Ordinary Differential Equations I</i>, 2nd ed., Springer, §II.5 (their code DOPRI5).
/// The error norm, starting step and step control are <see cref="OdeIntegrator"/>'s, with q = 5.
/// </para>
/// <para>
/// It is explicit: on a stiff system (time constants far shorter than the span asked for) it stays correct but takes
/// steps as short as the fastest time constant; use <see cref="StiffIntegrator"/> there. Not thread-safe.
/// </para>
/// </remarks>
public sealed class AdaptiveIntegrator : OdeIntegrator
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

    private readonly double[] _k2, _k3, _k4, _k5, _k6, _k7, _yStage;

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
        : base(relativeTolerance, absoluteTolerances, maximumStep, order: 5)
    {
        _k2 = new double[N];
        _k3 = new double[N];
        _k4 = new double[N];
        _k5 = new double[N];
        _k6 = new double[N];
        _k7 = new double[N];
        _yStage = new double[N];
    }

    private protected override string MethodName => "adaptive";

    private protected override void Restart()
    {
    }

    /// <summary>First same as last: f(t + h, ŷ) of the accepted step is the next step's first stage.</summary>
    private protected override void Accepted<TSystem>(TSystem system, double t, ReadOnlySpan<double> y) => Array.Copy(_k7, Rates0, N);

    private protected override void ThrowIfStageNonFinite<TSystem>(TSystem system, double t)
    {
        foreach (var stage in (ReadOnlySpan<double[]>)[_k2, _k3, _k4, _k5, _k6, _k7])
        {
            ThrowIfNonFinite(system, stage, t, rates: true);
        }
    }

    /// <summary>One Dormand–Prince step of size h from (t, y) with k1 = f(t, y) already known; leaves ŷ in YNew and f(t + h, ŷ) in _k7.</summary>
    private protected override double TryStep<TSystem>(TSystem system, double t, double h, ReadOnlySpan<double> y)
    {
        int n = N;
        double[] k1 = Rates0, k2 = _k2, k3 = _k3, k4 = _k4, k5 = _k5, k6 = _k6, k7 = _k7, ys = _yStage, yNew = YNew;
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
        for (int i = 0; i < n; i++)
        {
            ys[i] = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
            if (!double.IsFinite(k7[i]))
            {
                return double.PositiveInfinity;
            }
        }

        return ErrorNorm(ys, y);
    }
}
