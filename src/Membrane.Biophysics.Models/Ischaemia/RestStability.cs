using System;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// Whether the quasi-steady state the ischaemia run would hold (V where the membrane current vanishes, every gate at
/// x∞(V)) is a stable rest for the fast variables, V and the gates, with the concentrations frozen. The hybrid run
/// advances quasi-steadily only where it is: at a Hopf or saddle-node point the cell starts firing or jumps, and the
/// quasi-steady advance would step over that.
/// </summary>
/// <remarks>
/// Linearised about the rest, the fast system's Jacobian is an arrowhead (V couples to every gate, each gate only to
/// V), so its characteristic polynomial is that of the membrane's admittance,
/// P(s) = (C s + G) Π (s + aₖ) + Σₖ bₖ Π_{j≠k} (s + aⱼ), with aₖ = 1/τₖ, bₖ = (∂I/∂xₖ)(dxₖ∞/dV) aₖ and G the slope
/// conductance with the gates frozen (the simulator's own linearisation, Σ of its branches' G): the linearised membrane of Mauro, A.,
/// Conti, F., Dodge, F. and Schor, R. (1970) <i>J. Gen. Physiol.</i> 55, 497–523 (their "phenomenological impedance").
/// Stability, every root in the left half-plane, is decided by the Routh–Hurwitz criterion (every entry of the first
/// column of the Routh array of one sign; Gantmacher, F. R. (1959) <i>The Theory of Matrices</i>, vol. 2, ch. XV).
/// The gates' derivatives by central differences (1 µV; 10⁻⁶ of a gate).
/// </remarks>
internal static class RestStability
{
    private const double VoltStep = 1e-6;
    private const double GateStep = 1e-6;

    /// <summary>Whether the rest at the simulation's present V and concentrations is stable.</summary>
    /// <remarks>G, the slope with the gates frozen, is the simulator's own linearisation at the rest with every gate at
    /// x∞ (<see cref="Simulation.SteadyStateLinearisation"/>): Σ of its branches' slopes.</remarks>
    public static bool IsStable(IschaemiaModel m, Simulation sim, Channel[] gated)
    {
        var v = sim.Voltage.Volts;
        var t = m.Temperature;
        var na = new IonGradient(sim.InsideConcentration(Ions.Sodium), sim.OutsideConcentration(Ions.Sodium));
        var k = new IonGradient(sim.InsideConcentration(Ions.Potassium), sim.OutsideConcentration(Ions.Potassium));
        IonGradient Of(Channel c) => c.Ion == Ions.Sodium ? na : k;

        // The gates: aₖ = 1/τₖ and bₖ = (∂I/∂xₖ)(dxₖ∞/dV) aₖ at the rest.
        Span<double> a = stackalloc double[8];
        Span<double> b = stackalloc double[8];
        Span<double> x = stackalloc double[4];
        var n = 0;
        var here = ElectricPotential.FromVolts(v);
        foreach (var c in gated)
        {
            var gates = c.Gates;
            for (var g = 0; g < gates.Count; g++)
            {
                x[g] = gates[g].Kinetics.SteadyState(here);
            }

            for (var g = 0; g < gates.Count; g++)
            {
                var kinetics = gates[g].Kinetics;
                var x0 = x[g];
                x[g] = x0 + GateStep;
                var up = c.Current(here, x[..gates.Count], Of(c), t).AmperesPerSquareMeter;
                x[g] = x0 - GateStep;
                var down = c.Current(here, x[..gates.Count], Of(c), t).AmperesPerSquareMeter;
                x[g] = x0;
                var dIdx = (up - down) / (2 * GateStep);
                var slope = (kinetics.SteadyState(ElectricPotential.FromVolts(v + VoltStep)) - kinetics.SteadyState(ElectricPotential.FromVolts(v - VoltStep))) / (2 * VoltStep);
                a[n] = 1.0 / kinetics.TimeConstant(here, t).Seconds;
                b[n] = dIdx * slope * a[n];
                n++;
            }
        }

        var conductance = sim.SteadyStateLinearisation(here).SlopeConductance.SiemensPerSquareMeter;
        return Hurwitz(Characteristic(m.Capacitance.FaradsPerSquareMeter, conductance, a[..n], b[..n]));
    }

    /// <summary>The coefficients of P(s)/C, highest power first.</summary>
    private static double[] Characteristic(double capacitance, double conductance, ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        // Π (s + aⱼ) and, for each k, Π_{j≠k} (s + aⱼ), lowest power first.
        var all = Product(a, -1);
        var p = new double[a.Length + 2];
        for (var i = 0; i < all.Length; i++)
        {
            p[i + 1] += all[i];                               // s · Π
            p[i] += conductance / capacitance * all[i];       // G/C · Π
        }

        for (var k = 0; k < a.Length; k++)
        {
            var others = Product(a, k);
            for (var i = 0; i < others.Length; i++)
            {
                p[i] += b[k] / capacitance * others[i];
            }
        }

        Array.Reverse(p);
        return p;
    }

    /// <summary>Π_{j≠skip} (s + aⱼ), lowest power first.</summary>
    private static double[] Product(ReadOnlySpan<double> a, int skip)
    {
        var poly = new double[a.Length + 1];
        poly[0] = 1;
        var degree = 0;
        for (var j = 0; j < a.Length; j++)
        {
            if (j == skip)
            {
                continue;
            }

            for (var i = degree + 1; i > 0; i--)
            {
                poly[i] = poly[i - 1] + (a[j] * poly[i]);
            }

            poly[0] *= a[j];
            degree++;
        }

        return poly[..(degree + 1)];
    }

    /// <summary>The Routh–Hurwitz test: every root of the polynomial (highest power first, leading coefficient &gt; 0) has a negative real part.</summary>
    internal static bool Hurwitz(ReadOnlySpan<double> c)
    {
        var width = (c.Length + 1) / 2;
        var previous = new double[width + 1];
        var current = new double[width + 1];
        for (var j = 0; j < width; j++)
        {
            previous[j] = c[2 * j];
            current[j] = 2 * j + 1 < c.Length ? c[(2 * j) + 1] : 0;
        }

        if (!(previous[0] > 0))
        {
            return false;
        }

        for (var row = 1; row < c.Length; row++)
        {
            if (!(current[0] > 0))
            {
                return false;
            }

            var next = new double[width + 1];
            for (var j = 0; j < width; j++)
            {
                next[j] = ((current[0] * previous[j + 1]) - (previous[0] * current[j + 1])) / current[0];
            }

            previous = current;
            current = next;
        }

        return true;
    }
}
