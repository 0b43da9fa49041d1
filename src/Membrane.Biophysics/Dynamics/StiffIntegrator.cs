using System;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// Advances a stiff <see cref="IOdeSystem"/> — one whose fastest time constant is far shorter than the span asked for
/// (a membrane potential relaxing in milliseconds while concentrations drift for minutes) — with the linearly implicit
/// Rosenbrock method Rodas 4(3) and error-controlled step sizes: steps are limited by accuracy, not by the fastest
/// time constant, which the explicit <see cref="AdaptiveIntegrator"/> must resolve.
/// </summary>
/// <remarks>
/// <para>
/// The method is RODAS of Hairer, E. and Wanner, G. (1996) <i>Solving Ordinary Differential Equations II</i>, 2nd ed.,
/// Springer, §VI.4 (coefficients as in their code rodas.f, in the transformed form of Rosenbrock methods of §IV.7 that
/// needs no matrix–vector products): six stages, order 4 with an embedded order-3 solution for the error estimate,
/// L-stable and stiffly accurate, γ = 1/4. Each stage solves
/// (I/(hγ) − J)·kᵢ = f(t + αᵢh, y + Σⱼ aᵢⱼkⱼ) + Σⱼ (cᵢⱼ/h)·kⱼ + h·dᵢ·∂f/∂t with the Jacobian J = ∂f/∂y at the
/// step's start; ŷ = y + Σ mᵢkᵢ and the error estimate is the last stage k₆. The step control, error norm and
/// starting step are <see cref="OdeIntegrator"/>'s with q = 4.
/// </para>
/// <para>
/// J is formed once per accepted step: from <see cref="IOdeJacobian.Jacobian"/> when the system implements it, else by
/// forward differences, column j from f(t, y + δⱼeⱼ) with δⱼ = √ε·max(|yⱼ|, atolⱼ/rtol) (ε the unit roundoff of a
/// double): √ε of the size at which the error norm starts to weigh the variable relatively, the usual choice that
/// balances truncation against rounding (Dennis, J. E. and Schnabel, R. B. (1996) <i>Numerical Methods for
/// Unconstrained Optimization and Nonlinear Equations</i>, SIAM, §5.4); ∂f/∂t likewise with δ = √ε·max(10⁻⁵ s, |t|)
/// as in rodas.f. The linear systems are solved by a dense LU factorisation with partial pivoting, once per step tried.
/// Cost per step: n + 7 derivative evaluations (7 with <see cref="IOdeJacobian"/>) and one n × n factorisation, so it
/// pays when the explicit method would need many times more steps.
/// </para>
/// <para>
/// An integrator owns its work arrays (n² + 12 n numbers), so <see cref="OdeIntegrator.Integrate{TSystem}"/> does not
/// allocate. Not thread-safe.
/// </para>
/// </remarks>
public sealed class StiffIntegrator : OdeIntegrator
{
    // Hairer & Wanner (1996) §VI.4, rodas.f (METH = 1): stage times αᵢ, dᵢ (the ∂f/∂t weights), aᵢⱼ and cᵢⱼ of the transformed form.
    private const double Gamma = 0.25;
    private const double Alpha2 = 0.386, Alpha3 = 0.21, Alpha4 = 0.63;
    private const double D1 = 0.25, D2 = -0.1043, D3 = 0.1035, D4 = -0.3620000000000023e-01;
    private const double A21 = 1.544;
    private const double A31 = 0.9466785280815826, A32 = 0.2557011698983284;
    private const double A41 = 3.314825187068521, A42 = 2.896124015972201, A43 = 0.9986419139977817;
    private const double A51 = 1.221224509226641, A52 = 6.019134481288629, A53 = 12.53708332932087, A54 = -0.6878860361058950;
    private const double C21 = -5.6688;
    private const double C31 = -2.430093356833875, C32 = -0.2063599157091915;
    private const double C41 = -0.1073529058151375, C42 = -9.594562251023355, C43 = -20.47028614809616;
    private const double C51 = 7.496443313967647, C52 = -10.24680431464352, C53 = -33.99990352819905, C54 = 11.70890893206160;
    private const double C61 = 8.083246795921522, C62 = -7.981132988064893, C63 = -31.52159432874371, C64 = 16.31930543123136, C65 = -6.058818238834054;

    private static readonly double SqrtEpsilon = Math.Sqrt(2.220446049250313e-16);

    private readonly double[] _jacobian, _w, _dfdt, _k1, _k2, _k3, _k4, _k5, _k6, _yStage, _rates;
    private readonly int[] _pivots;
    private readonly Status _status = new();

    /// <summary>Creates an integrator with one absolute tolerance for every variable.</summary>
    /// <param name="dimension">The number of state variables; ≥ 1.</param>
    /// <param name="relativeTolerance">rtol, the allowed local error relative to each variable's size; finite, &gt; 0.</param>
    /// <param name="absoluteTolerance">atol, in the variables' own units: the size below which a variable is not resolved; finite, &gt; 0.</param>
    /// <param name="maximumStep">The longest step allowed; unlimited when null. Set it below the length of the briefest input the equations contain, so no step can jump over it.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public StiffIntegrator(int dimension, double relativeTolerance, double absoluteTolerance, Duration? maximumStep = null)
        : this(relativeTolerance, Repeat(dimension, absoluteTolerance), maximumStep)
    {
    }

    /// <summary>Creates an integrator with an absolute tolerance per variable (variables of different units: V and mol/m³).</summary>
    /// <param name="relativeTolerance">rtol, the allowed local error relative to each variable's size; finite, &gt; 0.</param>
    /// <param name="absoluteTolerances">atolᵢ for each variable, in its own units; each finite and &gt; 0. Its length is the dimension. Copied.</param>
    /// <param name="maximumStep">The longest step allowed; unlimited when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public StiffIntegrator(double relativeTolerance, ReadOnlySpan<double> absoluteTolerances, Duration? maximumStep = null)
        : base(relativeTolerance, absoluteTolerances, maximumStep, order: 4)
    {
        int n = N;
        _jacobian = new double[n * n];
        _w = new double[n * n];
        _pivots = new int[n];
        _dfdt = new double[n];
        _k1 = new double[n];
        _k2 = new double[n];
        _k3 = new double[n];
        _k4 = new double[n];
        _k5 = new double[n];
        _k6 = new double[n];
        _yStage = new double[n];
        _rates = new double[n];
    }

    private protected override string MethodName => "stiff";

    private protected override void Restart() => _status.JacobianCurrent = false;

    private protected override void Accepted<TSystem>(TSystem system, double t, ReadOnlySpan<double> y)
    {
        Evaluate(system, t, y, Rates0);
        ThrowIfNonFinite(system, Rates0, t, rates: true);
        _status.JacobianCurrent = false;
    }

    private protected override void ThrowIfStageNonFinite<TSystem>(TSystem system, double t)
    {
        if (_status.NonFiniteStage)
        {
            ThrowIfNonFinite(system, _rates, t, rates: true);
        }
    }

    /// <summary>One Rodas step of size h from (t, y) with Rates0 = f(t, y); J and ∂f/∂t are formed at (t, y) if not yet.</summary>
    private protected override double TryStep<TSystem>(TSystem system, double t, double h, ReadOnlySpan<double> y)
    {
        int n = N;
        if (!_status.JacobianCurrent)
        {
            FormJacobian(system, t, y);
        }

        // W = I/(hγ) − J, factored once for the six stages.
        double diagonal = 1 / (h * Gamma);
        for (int i = 0; i < _w.Length; i++)
        {
            _w[i] = -_jacobian[i];
        }

        for (int i = 0; i < n; i++)
        {
            _w[i * n + i] += diagonal;
        }

        _status.NonFiniteStage = false;
        if (!DenseLu.Factor(_w, n, _pivots))
        {
            return double.PositiveInfinity;
        }

        double[] f0 = Rates0, dfdt = _dfdt, k1 = _k1, k2 = _k2, k3 = _k3, k4 = _k4, k5 = _k5, k6 = _k6, ys = _yStage, f = _rates;
        double hInv = 1 / h;

        for (int i = 0; i < n; i++)
        {
            k1[i] = f0[i] + h * D1 * dfdt[i];
        }

        DenseLu.Solve(_w, n, _pivots, k1);

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + A21 * k1[i];
        }

        if (!Stage(system, t + Alpha2 * h, ys))
        {
            return double.PositiveInfinity;
        }

        for (int i = 0; i < n; i++)
        {
            k2[i] = f[i] + hInv * C21 * k1[i] + h * D2 * dfdt[i];
        }

        DenseLu.Solve(_w, n, _pivots, k2);

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + A31 * k1[i] + A32 * k2[i];
        }

        if (!Stage(system, t + Alpha3 * h, ys))
        {
            return double.PositiveInfinity;
        }

        for (int i = 0; i < n; i++)
        {
            k3[i] = f[i] + hInv * (C31 * k1[i] + C32 * k2[i]) + h * D3 * dfdt[i];
        }

        DenseLu.Solve(_w, n, _pivots, k3);

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + A41 * k1[i] + A42 * k2[i] + A43 * k3[i];
        }

        if (!Stage(system, t + Alpha4 * h, ys))
        {
            return double.PositiveInfinity;
        }

        for (int i = 0; i < n; i++)
        {
            k4[i] = f[i] + hInv * (C41 * k1[i] + C42 * k2[i] + C43 * k3[i]) + h * D4 * dfdt[i];
        }

        DenseLu.Solve(_w, n, _pivots, k4);

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i];
        }

        if (!Stage(system, t + h, ys))
        {
            return double.PositiveInfinity;
        }

        for (int i = 0; i < n; i++)
        {
            k5[i] = f[i] + hInv * (C51 * k1[i] + C52 * k2[i] + C53 * k3[i] + C54 * k4[i]);
        }

        DenseLu.Solve(_w, n, _pivots, k5);

        // The embedded third-order solution y + Σ a₅ⱼkⱼ + k₅; the sixth stage corrects it to fourth order.
        for (int i = 0; i < n; i++)
        {
            ys[i] += k5[i];
        }

        if (!Stage(system, t + h, ys))
        {
            return double.PositiveInfinity;
        }

        for (int i = 0; i < n; i++)
        {
            k6[i] = f[i] + hInv * (C61 * k1[i] + C62 * k2[i] + C63 * k3[i] + C64 * k4[i] + C65 * k5[i]);
        }

        DenseLu.Solve(_w, n, _pivots, k6);
        double[] yNew = YNew;
        for (int i = 0; i < n; i++)
        {
            yNew[i] = ys[i] + k6[i];
        }

        return ErrorNorm(k6, y);
    }

    /// <summary>Evaluates f at a stage into _rates; false (and the flag set) when a rate is not finite.</summary>
    private bool Stage<TSystem>(TSystem system, double t, ReadOnlySpan<double> y)
        where TSystem : IOdeSystem
    {
        Evaluate(system, t, y, _rates);
        for (int i = 0; i < _rates.Length; i++)
        {
            if (!double.IsFinite(_rates[i]))
            {
                _status.NonFiniteStage = true;
                return false;
            }
        }

        return true;
    }

    /// <summary>J = ∂f/∂y (from <see cref="IOdeJacobian"/> when the system has it) and ∂f/∂t at (t, y) by forward differences (see the remarks), with Rates0 = f(t, y).</summary>
    private void FormJacobian<TSystem>(TSystem system, double t, ReadOnlySpan<double> y)
        where TSystem : IOdeSystem
    {
        int n = N;
        double[] f0 = Rates0, f = _rates;
        if (AnalyticJacobian<TSystem>.Caller is { } analytic)
        {
            analytic.Jacobian(ref system, t, y, _jacobian);
            for (int k = 0; k < _jacobian.Length; k++)
            {
                if (!double.IsFinite(_jacobian[k]))
                {
                    throw new NonFiniteStateException($"∂(d{system.VariableName(k / n)}/dt)/∂{system.VariableName(k % n)}", Duration.FromSeconds(t), _jacobian[k]);
                }
            }
        }
        else
        {
            DifferenceJacobian(system, t, y);
        }

        double tStep = SqrtEpsilon * Math.Max(1e-5, Math.Abs(t));
        double tPlus = t + tStep;
        Evaluate(system, tPlus, y, f);
        ThrowIfNonFinite(system, f, t, rates: true);
        for (int i = 0; i < n; i++)
        {
            _dfdt[i] = (f[i] - f0[i]) / (tPlus - t);
        }

        CountJacobian();
        _status.JacobianCurrent = true;
    }

    /// <summary>J by forward differences, column j from f(t, y + δⱼeⱼ) (see the remarks).</summary>
    private void DifferenceJacobian<TSystem>(TSystem system, double t, ReadOnlySpan<double> y)
        where TSystem : IOdeSystem
    {
        int n = N;
        double[] f0 = Rates0, ys = _yStage, f = _rates;
        y.CopyTo(ys);
        for (int j = 0; j < n; j++)
        {
            double saved = ys[j];
            double scale = Math.Max(Math.Abs(saved), AbsTol[j] / RelTol);
            ys[j] = saved + SqrtEpsilon * scale;
            double delta = ys[j] - saved; // the increment actually represented
            Evaluate(system, t, ys, f);
            ThrowIfNonFinite(system, f, t, rates: true);
            for (int i = 0; i < n; i++)
            {
                _jacobian[i * n + j] = (f[i] - f0[i]) / delta;
            }

            ys[j] = saved;
        }
    }

    /// <summary>The running flags, kept in their own object so the integrator's fields never change.</summary>
    private sealed class Status
    {
        public bool JacobianCurrent;    // J and ∂f/∂t are at the start of the step being tried
        public bool NonFiniteStage;     // the last step tried stopped at a non-finite rate, held in _rates
    }
}
