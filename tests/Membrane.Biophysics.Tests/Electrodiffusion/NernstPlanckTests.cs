using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Electrodiffusion;

/// <summary>The local Nernst–Planck flux, its two forms and parts, and the constant-field solution.</summary>
public class NernstPlanckTests
{
    private static readonly Diffusivity DK = Ions.Potassium.DiffusionCoefficient!.Value;

    private static bool Close(double a, double b, double relative, double absolute = 0) =>
        Math.Abs(a - b) <= absolute + (relative * Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>Fick's law by hand: D = 1.957 × 10⁻⁹ m²/s, dc/dx = 1 mM/µm = 10⁶ mol/m⁴ → J = −1.957 × 10⁻³ mol/(m²·s).</summary>
    [Fact]
    public void Pure_diffusion_is_Ficks_law()
    {
        var j = NernstPlanck.Flux(Ions.Potassium, Concentration.FromMillimolar(100), ConcentrationGradient.FromMillimolarPerMicrometer(1), PotentialGradient.Zero, Temperature.Body);
        Assert.Equal(-1.957e-3, j.MolesPerSquareMeterSecond, 15);
    }

    /// <summary>
    /// Pure drift by hand: a cation in a field E = −dφ/dx = 10 kV/m moves along +x at u E with u = zFD/RT; J = u E c.
    /// </summary>
    [Fact]
    public void Pure_drift_is_mobility_times_field_times_concentration()
    {
        var t = Temperature.FromDegreesCelsius(25);
        var dphi = PotentialGradient.FromVoltsPerMeter(-1e4);
        var j = NernstPlanck.DriftFlux(DK, 1, Concentration.FromMillimolar(10), dphi, t);
        var u = NernstEinstein.Mobility(DK, 1, t).SquareMetersPerVoltSecond;
        Assert.True(Close(u * 1e4 * 10, j.MolesPerSquareMeterSecond, 1e-14));
        Assert.Equal(j.MolesPerSquareMeterSecond * PhysicalConstants.FaradayConstant, NernstPlanck.Current(1, j).AmperesPerSquareMeter, 12);
    }

    [PhysicalProperty]
    public bool The_flux_is_diffusion_plus_drift_and_equals_the_electrochemical_form(Concentration c, Valence z, Temperature t, ElectricPotential dv)
    {
        var dcdx = ConcentrationGradient.FromMolesPerMeterToTheFourth(c.MolesPerCubicMeter * 3.7e5 * Math.Sign(dv.Volts + 1e-9));
        var dphidx = dv / Length.FromMicrometers(1);
        var j = NernstPlanck.Flux(DK, z.Value, c, dcdx, dphidx, t).MolesPerSquareMeterSecond;
        var parts = NernstPlanck.DiffusionFlux(DK, dcdx).MolesPerSquareMeterSecond + NernstPlanck.DriftFlux(DK, z.Value, c, dphidx, t).MolesPerSquareMeterSecond;
        var gradient = NernstPlanck.ElectrochemicalGradient(z.Value, c, dcdx, dphidx, t);
        var onsager = NernstPlanck.FluxFromElectrochemicalGradient(DK, c, gradient, t).MolesPerSquareMeterSecond;
        var scale = DK.SquareMetersPerSecond * ((Math.Abs(dcdx.MolesPerMeterToTheFourth)) + (Math.Abs(z.Value * c.MolesPerCubicMeter * dphidx.VoltsPerMeter) / 0.0257));
        return j == parts && Math.Abs(j - onsager) <= 1e-13 * scale;
    }

    /// <summary>At equilibrium, c ∝ exp(−zFφ/RT), so dc/dx = −(zF/RT) c dφ/dx and the flux vanishes (Boltzmann).</summary>
    [PhysicalProperty]
    public bool The_flux_vanishes_at_Boltzmann_equilibrium(Concentration c, Valence z, Temperature t, ElectricPotential dv)
    {
        var dphidx = dv / Length.FromNanometers(5);
        var thermal = ConstantSet.Si2019.ThermalVoltage(t).Volts;
        var dcdx = ConcentrationGradient.FromMolesPerMeterToTheFourth(-z.Value * c.MolesPerCubicMeter * dphidx.VoltsPerMeter / thermal);
        var j = NernstPlanck.Flux(DK, z.Value, c, dcdx, dphidx, t).MolesPerSquareMeterSecond;
        var drift = NernstPlanck.DriftFlux(DK, z.Value, c, dphidx, t).MolesPerSquareMeterSecond;
        return Math.Abs(j) <= 1e-14 * Math.Abs(drift) + 1e-300;
    }

    [PhysicalProperty]
    public bool Reversing_the_gradients_reverses_the_flux(Concentration c, Valence z, Temperature t, ElectricPotential dv)
    {
        var dcdx = ConcentrationGradient.FromMolesPerMeterToTheFourth(c.MolesPerCubicMeter * 1e5);
        var dphidx = dv / Length.FromMicrometers(2);
        var forward = NernstPlanck.Flux(DK, z.Value, c, dcdx, dphidx, t);
        var backward = NernstPlanck.Flux(DK, z.Value, c, -dcdx, -dphidx, t);
        return forward == -backward;
    }

    /// <summary>The constant-field flux is the GHK flux with P = βD/L (Goldman 1943; Hille 2001 ch. 14).</summary>
    [PhysicalProperty]
    public bool The_constant_field_solution_is_the_GHK_flux(NonNegativeConcentration ci, NonNegativeConcentration co, Valence z, ElectricPotential v, Temperature t)
    {
        var d = Diffusivity.FromSquareMetersPerSecond(1e-12);
        var thickness = Length.FromNanometers(4);
        const double beta = 1e-3;
        var flux = ConstantField.Flux(d, beta, thickness, z.Value, ci.Value, co.Value, v, t);
        var ghk = GhkCurrent.Flux(z.Value, d / thickness * beta, ci.Value, co.Value, v, t);
        return flux == ghk;
    }

    /// <summary>
    /// The constant-field flux solves the Nernst–Planck equation: integrating dc/dx = −J/D − c dψ/dx (ψ = zFφ/RT, φ
    /// linear) by classical Runge–Kutta over 2000 steps from c(0) = β c_in with that J lands on β c_out.
    /// </summary>
    [Theory]
    [InlineData(1, 140, 5, -70)]
    [InlineData(1, 10, 145, 30)]
    [InlineData(-1, 10, 120, -60)]
    [InlineData(2, 1e-4, 2, -80)]
    [InlineData(1, 50, 50, 0.001)]
    public void The_constant_field_flux_solves_Nernst_Planck_with_a_linear_potential(int z, double ciMm, double coMm, double mV)
    {
        var t = Temperature.Body;
        var d = Diffusivity.FromSquareMetersPerSecond(2e-12);
        var thickness = Length.FromNanometers(5);
        const double beta = 0.01;
        var j = ConstantField.Flux(d, beta, thickness, z, Concentration.FromMillimolar(ciMm), Concentration.FromMillimolar(coMm), ElectricPotential.FromMillivolts(mV), t).MolesPerSquareMeterSecond;
        var u = z * mV * 1e-3 / ConstantSet.Si2019.ThermalVoltage(t).Volts;
        double length = thickness.Meters, dPsi = -u / length, dm = d.SquareMetersPerSecond;
        double Slope(double c) => (-j / dm) - (c * dPsi);
        var c = beta * ciMm;
        const int steps = 2000;
        var h = length / steps;
        for (var i = 0; i < steps; i++)
        {
            var k1 = Slope(c);
            var k2 = Slope(c + (h * k1 / 2));
            var k3 = Slope(c + (h * k2 / 2));
            var k4 = Slope(c + (h * k3));
            c += h * (k1 + (2 * k2) + (2 * k3) + k4) / 6;
        }

        Assert.True(Close(beta * coMm, c, 1e-9, 1e-12 * beta * Math.Max(ciMm, coMm)), $"c(L) = {c}, expected {beta * coMm}");
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        var t = Temperature.Body;
        Assert.Throws<ArgumentOutOfRangeException>(() => NernstPlanck.DiffusionFlux(Diffusivity.FromSquareMetersPerSecond(-1e-9), ConcentrationGradient.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => NernstPlanck.DriftFlux(DK, 0, Concentration.Zero, PotentialGradient.Zero, t));
        Assert.Throws<ArgumentOutOfRangeException>(() => NernstPlanck.ElectrochemicalGradient(1, Concentration.Zero, ConcentrationGradient.Zero, PotentialGradient.Zero, t));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConstantField.Permeability(DK, 1, Length.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConstantField.Permeability(DK, -1, Length.FromNanometers(5)));
        Assert.Throws<ArgumentException>(() => NernstPlanck.Flux(new Ion("x", "X⁺", 1), Concentration.Zero, ConcentrationGradient.Zero, PotentialGradient.Zero, t));
    }
}
