using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Electrodiffusion;

/// <summary>The 1-D steady Poisson–Nernst–Planck solver against analytic limits.</summary>
public class PoissonNernstPlanckTests
{
    private static readonly Temperature T25 = Temperature.FromDegreesCelsius(25);
    private static readonly double Thermal = ConstantSet.Si2019.ThermalVoltage(T25).Volts;

    private static PnpSpecies Species(string name, int z, double d, double leftMm, double rightMm) =>
        new(name, z, Diffusivity.FromSquareMetersPerSecond(d), Concentration.FromMillimolar(leftMm), Concentration.FromMillimolar(rightMm));

    /// <summary>
    /// Constant-field limit: at 10⁻⁶ of physiological concentrations across 5 nm the space charge is negligible
    /// (λ L² Σ|z c| ≈ 10⁻⁷), φ is linear, and the fluxes are the GHK fluxes with P = D/L (Goldman 1943) — to 10⁻⁶
    /// (the Scharfetter–Gummel flux is exact for a constant field, so no grid error enters).
    /// </summary>
    [Theory]
    [InlineData(-60)]
    [InlineData(0.0001)]
    [InlineData(40)]
    public void In_the_constant_field_limit_the_fluxes_are_the_GHK_fluxes(double mV)
    {
        var length = Length.FromNanometers(5);
        PnpSpecies[] species = [Species("K⁺", 1, 1e-10, 140e-6, 5e-6), Species("Cl⁻", -1, 2e-10, 10e-6, 120e-6), Species("Ca²⁺", 2, 0.5e-10, 1e-10, 2e-6)];
        var v = ElectricPotential.FromMillivolts(mV);
        var solution = PoissonNernstPlanck.SteadyState(species, v, ElectricPotential.Zero, length, 78, T25, intervals: 200);
        double current = 0;
        for (var i = 0; i < species.Length; i++)
        {
            var s = species[i];
            var ghk = GhkCurrent.Flux(s.Valence, s.DiffusionCoefficient / length, s.Left, s.Right, v, T25);
            Assert.InRange(solution.Fluxes[i] / ghk, 1 - 1e-6, 1 + 1e-6);
            current += GhkCurrent.Density(s.Valence, s.DiffusionCoefficient / length, s.Left, s.Right, v, T25).AmperesPerSquareMeter;
        }

        Assert.InRange(solution.Current.AmperesPerSquareMeter / current, 1 - 1e-6, 1 + 1e-6);
        Assert.True(solution.FluxNonuniformity < 1e-9, solution.ToString());
    }

    private static PnpSolution GouyChapman(int intervals, double psi0, out Length debye)
    {
        const double c0 = 100;
        debye = IonActivity.DebyeLength(Concentration.FromMillimolar(c0), T25);
        PnpSpecies[] species = [Species("Na⁺", 1, 1.334e-9, c0 * Math.Exp(-psi0), c0), Species("Cl⁻", -1, 2.032e-9, c0 * Math.Exp(psi0), c0)];
        return PoissonNernstPlanck.SteadyState(species, ElectricPotential.FromVolts(psi0 * Thermal), ElectricPotential.Zero, debye * 20, WaterPermittivity.Relative(T25), T25, intervals: intervals);
    }

    private static double GouyChapmanError(PnpSolution solution, double psi0, Length debye)
    {
        var error = 0.0;
        for (var j = 0; j < solution.Positions.Count; j++)
        {
            // Gouy (1910), Chapman (1913): tanh(ψ/4) = tanh(ψ₀/4) e^(−κx) for a 1:1 electrolyte at a charged wall
            // (Bard and Faulkner 2001, §13.3); 20 Debye lengths make the far end bulk to e^−20.
            var exact = 4 * Math.Atanh(Math.Tanh(psi0 / 4) * Math.Exp(-solution.Positions[j].Meters / debye.Meters));
            error = Math.Max(error, Math.Abs((solution.Potential[j].Volts / Thermal) - exact));
        }

        return error;
    }

    /// <summary>
    /// At zero current with Boltzmann-related boundary concentrations, the steady state is equilibrium: the
    /// Gouy–Chapman double layer. The potential (wall at 2 RT/F ≈ 51 mV, 100 mM NaCl, ε_r of water) matches the
    /// analytic profile to 10⁻⁴ RT/F on 400 intervals, the fluxes vanish, and the error falls fourfold per halving of
    /// the grid: observed order 2 ± 0.15.
    /// </summary>
    [Fact]
    public void At_equilibrium_the_profile_is_Gouy_Chapman_with_second_order_grid_convergence()
    {
        const double psi0 = 2;
        var errors = new[] { 100, 200, 400 }.Select(n => GouyChapmanError(GouyChapman(n, psi0, out var debye), psi0, debye)).ToArray();
        Assert.True(errors[2] < 1e-4, $"error {errors[2]}");
        foreach (var (coarse, fine) in new[] { (errors[0], errors[1]), (errors[1], errors[2]) })
        {
            Assert.InRange(Math.Log2(coarse / fine), 1.85, 2.15);
        }

        var solution = GouyChapman(400, psi0, out _);
        Assert.True(solution.FluxNonuniformity < 1e-9, solution.ToString());
        Assert.True(Math.Abs(solution.Fluxes[0].MolesPerSquareMeterSecond) < 1e-9 * 1.334e-9 * 100 / (20 * 0.96e-9));
    }

    /// <summary>
    /// A physiological three-ion case across 100 nm of water (Debye layers of 0.8 nm at the ends): the discrete flux is
    /// the same in every interval to 10⁻⁹, and the current is F Σ z J.
    /// </summary>
    [Fact]
    public void Flux_is_conserved_along_the_domain()
    {
        PnpSpecies[] species = [Species("K⁺", 1, 1.957e-9, 140, 5), Species("Na⁺", 1, 1.334e-9, 10, 145), Species("Cl⁻", -1, 2.032e-9, 150, 150)];
        var solution = PoissonNernstPlanck.SteadyState(species, ElectricPotential.FromMillivolts(-70), ElectricPotential.Zero, Length.FromNanometers(100), 78, T25, intervals: 1000);
        Assert.True(solution.FluxNonuniformity < 1e-9, solution.ToString());
        var current = species.Select((s, i) => s.Valence * PhysicalConstants.FaradayConstant * solution.Fluxes[i].MolesPerSquareMeterSecond).Sum();
        Assert.Equal(current, solution.Current.AmperesPerSquareMeter, 9);
        Assert.Equal(1001, solution.Positions.Count);
        Assert.Equal(140, solution.Concentrations[0][0].Millimolar, 12);
        Assert.Equal(-70, solution.Potential[0].Millivolts, 9);
    }

    /// <summary>B(x) = x/(eˣ − 1): B(0) = 1, B(x) − B(−x) = −x, B′(0) = −½, and no jump where the series hands over.</summary>
    [Fact]
    public void The_Bernoulli_function_is_accurate_near_zero()
    {
        Assert.Equal(1, Bernoulli.Of(0));
        Assert.Equal(-0.5, Bernoulli.Derivative(0));
        foreach (var x in new[] { 1e-12, 1e-8, 9.99e-4, 1.001e-3, 0.1, 3, 40, 800 })
        {
            Assert.Equal(-x, Bernoulli.Of(x) - Bernoulli.Of(-x), 12);
        }

        var below = Bernoulli.Of(0.999999e-3);
        var above = Bernoulli.Of(1.000001e-3);
        Assert.InRange(Math.Abs(below - above), 0, 1e-9);
        var h = 1e-6;
        var numeric = (Bernoulli.Of(0.5 + h) - Bernoulli.Of(0.5 - h)) / (2 * h);
        Assert.Equal(numeric, Bernoulli.Derivative(0.5), 9);
    }

    /// <summary>
    /// The electroneutral limit: across a junction many Debye lengths long, the potential difference at which the PNP
    /// current vanishes is the Planck liquid junction potential (JunctionPotential.Planck, itself checked against
    /// SciPy and JLJP). 100 K-gluconate + 10 KCl | 10 NaCl at 25 °C over 10 µm: within 10⁻³ mV (3.5 × 10⁻⁵ found;
    /// 0.15 mV at 0.1 µm, where the Debye layers at the ends still matter). Ions absent on one side are held at
    /// 10⁻⁶ mM there, as PNP needs positive boundary values.
    /// </summary>
    [Fact]
    public void Over_many_Debye_lengths_the_zero_current_potential_is_the_Planck_junction_potential()
    {
        var pipette = new Solution((Ions.Potassium, Concentration.FromMillimolar(100)), (Ions.Gluconate, Concentration.FromMillimolar(90)), (Ions.Chloride, Concentration.FromMillimolar(10)));
        var bath = new Solution((Ions.Sodium, Concentration.FromMillimolar(10)), (Ions.Chloride, Concentration.FromMillimolar(10)));
        var planck = JunctionPotential.Planck(pipette, bath, T25).Millivolts;
        PnpSpecies[] species =
        [
            new("K⁺", 1, Ions.Potassium.DiffusionCoefficient!.Value, Concentration.FromMillimolar(100), Concentration.FromMillimolar(1e-6)),
            new("gluconate⁻", -1, Ions.Gluconate.DiffusionCoefficient!.Value, Concentration.FromMillimolar(90), Concentration.FromMillimolar(1e-6)),
            new("Cl⁻", -1, Ions.Chloride.DiffusionCoefficient!.Value, Concentration.FromMillimolar(10), Concentration.FromMillimolar(10)),
            new("Na⁺", 1, Ions.Sodium.DiffusionCoefficient!.Value, Concentration.FromMillimolar(1e-6), Concentration.FromMillimolar(10)),
        ];
        double Current(double bathMillivolts) => PoissonNernstPlanck.SteadyState(
            species, ElectricPotential.Zero, ElectricPotential.FromMillivolts(bathMillivolts), Length.FromMicrometers(10), 78.3, T25, intervals: 2000).Current.AmperesPerSquareMeter;

        // Secant iteration on the current (smooth and monotonic in the applied potential).
        double a = planck - 2, b = planck + 2, fa = Current(a), fb = Current(b);
        for (var k = 0; k < 30 && Math.Abs(b - a) > 1e-9; k++)
        {
            var c = b - (fb * (b - a) / (fb - fa));
            (a, fa, b) = (b, fb, c);
            fb = Current(b);
        }

        Assert.Equal(planck, b, 3);
    }

    /// <summary>
    /// A species behind a no-flux wall is in equilibrium: zero flux in every interval, and, since the
    /// Scharfetter–Gummel flux vanishes exactly when c_{j+1} = c_j e^(−Δ), Boltzmann-distributed to rounding,
    /// c(x) = c(0) e^(−z(ψ(x) − ψ(0))) — while the permeant K⁺ and Cl⁻ carry their currents. Here an impermeant anion
    /// (10 mM at the left, sealed at the right) across 50 nm with 20 mV applied.
    /// </summary>
    [Fact]
    public void A_species_behind_a_no_flux_wall_is_Boltzmann_distributed()
    {
        PnpSpecies[] species =
        [
            Species("K⁺", 1, 1.957e-9, 110, 100),
            Species("Cl⁻", -1, 2.032e-9, 100, 100),
            new("A⁻", -1, Diffusivity.FromSquareMetersPerSecond(0.5e-9), Concentration.FromMillimolar(10), Concentration.FromMillimolar(10), rightBoundary: PnpBoundary.NoFlux),
        ];
        var solution = PoissonNernstPlanck.SteadyState(species, ElectricPotential.FromMillivolts(20), ElectricPotential.Zero, Length.FromNanometers(50), 78, T25, intervals: 400);
        var sealedFlux = solution.Fluxes[2].MolesPerSquareMeterSecond;
        Assert.True(Math.Abs(sealedFlux) < 1e-10 * 0.5e-9 * 10 / 50e-9, $"flux {sealedFlux}");
        Assert.True(Math.Abs(solution.Fluxes[1].MolesPerSquareMeterSecond) > 1e-3); // Cl⁻ moves
        var psi0 = solution.Potential[0].Volts / Thermal;
        for (var j = 0; j < solution.Positions.Count; j++)
        {
            var boltzmann = 10 * Math.Exp((solution.Potential[j].Volts / Thermal) - psi0); // z = −1
            Assert.Equal(boltzmann, solution.Concentrations[2][j].Millimolar, 9);
        }

        Assert.True(solution.Concentrations[2][^1].Millimolar < 5); // the anion gathers at the positive left end: 10 e^(−0.78) ≈ 4.6 mM at the wall
        Assert.Throws<ArgumentOutOfRangeException>(() => new PnpSpecies("B", 1, Diffusivity.FromSquareMetersPerSecond(1e-9), Concentration.FromMillimolar(1), Concentration.FromMillimolar(1), PnpBoundary.NoFlux, PnpBoundary.NoFlux));
    }

    [Fact]
    public void Bad_input_and_non_convergence_are_reported()
    {
        var one = Species("K⁺", 1, 1e-9, 100, 10);
        var l = Length.FromNanometers(10);
        Assert.Throws<ArgumentException>(() => PoissonNernstPlanck.SteadyState([], ElectricPotential.Zero, ElectricPotential.Zero, l, 78, T25));
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonNernstPlanck.SteadyState([one], ElectricPotential.Zero, ElectricPotential.Zero, Length.Zero, 78, T25));
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonNernstPlanck.SteadyState([one], ElectricPotential.Zero, ElectricPotential.Zero, l, 0, T25));
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonNernstPlanck.SteadyState([one], ElectricPotential.Zero, ElectricPotential.Zero, l, 78, T25, intervals: 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Species("x", 1, -1e-9, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Species("x", 1, 1e-9, 0, 1));
        PnpSpecies[] hard = [Species("Na⁺", 1, 1.334e-9, 100, 1), Species("Cl⁻", -1, 2.032e-9, 100, 1)];
        var e = Assert.Throws<ConvergenceException>(() => PoissonNernstPlanck.SteadyState(hard, ElectricPotential.FromMillivolts(200), ElectricPotential.Zero, Length.FromMicrometers(1), 78, T25, maxIterations: 1));
        Assert.Equal(1, e.Iterations);
        Assert.True(e.Residual > 0);
    }
}
