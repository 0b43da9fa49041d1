using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The ischaemia run's stability check: the Routh–Hurwitz test on polynomials whose roots are known, and the rest of the
/// model's cell stable with its pumps, unstable (it fires, as the fixed-step run shows) without them.
/// </summary>
public class IschaemiaRestStabilityTests
{
    /// <summary>(s + 1)(s + 2)(s + 3) = s³ + 6s² + 11s + 6 and (s + 1)(s² + s + 1) are stable; (s − 1)(s + 2), s² − s + 1 (roots ½ ± i√3/2) and (s + 1)(s² + 4) (roots on the axis) are not.</summary>
    [Theory]
    [InlineData(true, 1.0, 6.0, 11.0, 6.0)]
    [InlineData(true, 1.0, 2.0, 2.0, 1.0)]
    [InlineData(false, 1.0, 1.0, -2.0)]
    [InlineData(false, 1.0, -1.0, 1.0)]
    [InlineData(false, 1.0, 1.0, 4.0, 4.0)]
    public void Hurwitz_test_decides_polynomials_with_known_roots(bool stable, params double[] coefficients) =>
        Assert.Equal(stable, RestStability.Hurwitz(coefficients));

    [Theory]
    [InlineData(1.0, true)]
    [InlineData(0.0, false)]
    public void The_rest_is_stable_with_the_pumps_and_unstable_without(double atp, bool stable)
    {
        var m = IschaemiaModel.Default;
        var sim = new Simulation(m.CellModel(atp), m.Temperature, m.TimeStep, m.RestingPotential);
        sim.AdvanceQuasiSteady(m.TimeStep, 1e-8); // V and the gates to their quasi-steady values
        Assert.Equal(stable, RestStability.IsStable(m, sim, [m.TransientSodium, m.PersistentSodium, m.DelayedRectifier]));
    }
}
