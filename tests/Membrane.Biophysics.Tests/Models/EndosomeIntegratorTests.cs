using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Xunit.Abstractions;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The endosome model runs with <see cref="StiffIntegrator"/>; the explicit Dormand–Prince integrator, a different
/// method at the same tolerances, gives the same trajectory sample by sample, so the change of method changed nothing
/// but the cost.
/// </summary>
public class EndosomeIntegratorTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.2e-7)]
    public void The_stiff_run_matches_the_explicit_run_at_every_sample(double chloridePermeabilityMetersPerSecond)
    {
        var model = EndosomeAcidificationModel.Default;
        var pCl = Permeability.FromMetersPerSecond(chloridePermeabilityMetersPerSecond);
        var stiff = model.RunWithChloridePermeability("stiff", pCl);

        var ode = new EndosomeOde(new EndosomeOrganelle(model), pCl);
        var explicitMethod = new AdaptiveIntegrator(1e-8, ode.AbsoluteTolerances());
        var stiffMethod = new StiffIntegrator(1e-8, ode.AbsoluteTolerances()); // what the model uses, for its statistics
        double[] y = new double[EndosomeOde.Size], yStiff = new double[EndosomeOde.Size];
        ode.Initial(y);
        ode.Initial(yStiff);
        double worstPh = 0, worstPsi = 0, worstCl = 0;
        for (int i = 1; i < stiff.LumenPh.Count; i++)
        {
            explicitMethod.Integrate(ode, y, stiff.LumenPh.Times[i - 1], stiff.LumenPh.Times[i]);
            stiffMethod.Integrate(ode, yStiff, stiff.LumenPh.Times[i - 1], stiff.LumenPh.Times[i]);
            Assert.Equal(yStiff[EndosomeOde.PhIndex], stiff.LumenPh.Values[i].Value);
            worstPh = Math.Max(worstPh, Math.Abs(y[EndosomeOde.PhIndex] - stiff.LumenPh.Values[i].Value));
            worstPsi = Math.Max(worstPsi, Math.Abs(ode.Potential(y).Volts - stiff.MembranePotential.Values[i].Volts));
            double cl = y[EndosomeOde.ChlorideIndex] / model.Volume.CubicMeters;
            worstCl = Math.Max(worstCl, Math.Abs(cl - stiff.LumenChloride.Values[i].MolesPerCubicMeter) / cl);
        }

        output.WriteLine($"largest differences over {stiff.LumenPh.Count} samples: pH {worstPh:G3}, ψ {worstPsi * 1e3:G3} mV, [Cl⁻] {worstCl:G3} relative; explicit {explicitMethod.Statistics}; stiff {stiffMethod.Statistics}");
        output.WriteLine($"final pH {stiff.FinalPh.Value:R} (stiff), {y[EndosomeOde.PhIndex]:R} (explicit); ψ {stiff.FinalPotential.Millivolts:R} mV, {ode.Potential(y).Millivolts:R} mV");

        // rtol = 1e-8 on amounts of ~10⁻¹⁷ mol leaves ψ = F·Σzn/C, a difference of nearly equal amounts, uncertain by µV.
        Assert.InRange(worstPh, 0, 1e-5);
        Assert.InRange(worstPsi, 0, 1e-5);
        Assert.InRange(worstCl, 0, 1e-6);
    }
}
