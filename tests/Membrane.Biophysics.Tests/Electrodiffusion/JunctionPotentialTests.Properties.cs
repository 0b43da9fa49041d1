using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Electrodiffusion;

/// <summary>Identities of the junction potential over random salts, concentrations and temperatures.</summary>
public partial class JunctionPotentialTests
{
    private static readonly Ion[] Cations = [Ions.Sodium, Ions.Calcium, new Ion("lanthanum", "La³⁺", 3, Diffusivity.FromSquareMetersPerSecond(0.619e-9))];
    private static readonly Ion[] Anions = [Ions.Chloride, Ions.Sulfate, new Ion("citrate", "citrate³⁻", -3, Diffusivity.FromSquareMetersPerSecond(0.623e-9))];

    private static (Solution A, Solution B) Salt(Valence cation, Valence anion, Concentration a, Concentration b)
    {
        var plus = Cations[Math.Abs(cation.Value) - 1];
        var minus = Anions[Math.Abs(anion.Value) - 1];
        int zp = plus.Valence, zm = -minus.Valence;
        Solution Make(Concentration c) => new((plus, c * zm), (minus, c * zp)); // z₊ν₊ = |z₋|ν₋
        return (Make(a), Make(b));
    }

    /// <summary>
    /// For one salt at two concentrations the concentration profile is linear, Henderson's assumption holds exactly,
    /// and both give (RT/F)·(D₊ − D₋)/(z₊D₊ − z₋D₋)·ln(c_p/c_b) (Henderson 1907; e.g. Bard and Faulkner, <i>Electrochemical
    /// Methods</i>, 2nd ed., §2.3.4). Concentrations over 10 µM – 1 M (ratios up to 10⁵), any valences ±1…±3.
    /// </summary>
    [PhysicalProperty]
    public bool Henderson_equals_Planck_for_a_single_salt(Valence cation, Valence anion, SaltConcentration a, SaltConcentration b, Temperature t)
    {
        var (pipette, bath) = Salt(cation, anion, a.Value, b.Value);
        var henderson = JunctionPotential.Henderson(pipette, bath, t).Volts;
        var planck = JunctionPotential.Planck(pipette, bath, t).Volts;
        return Math.Abs(henderson - planck) <= 1e-12 + (1e-8 * Math.Abs(henderson));
    }

    /// <summary>The single-salt closed form itself, written out independently.</summary>
    [PhysicalProperty]
    public bool A_single_salt_follows_the_closed_form(Valence cation, Valence anion, SaltConcentration a, SaltConcentration b, Temperature t)
    {
        var (pipette, bath) = Salt(cation, anion, a.Value, b.Value);
        var plus = pipette.Ions.First();
        var minus = pipette.Ions.Last();
        double dp = plus.DiffusionCoefficient!.Value.SiValue, dm = minus.DiffusionCoefficient!.Value.SiValue;
        double zp = plus.Valence, zm = minus.Valence;
        var expected = 8.31446261815324 * t.Kelvins / 96485.3321233100184 * (dp - dm) / ((zp * dp) - (zm * dm)) * Math.Log(a.Value.SiValue / b.Value.SiValue);
        var planck = JunctionPotential.Planck(pipette, bath, t).Volts;
        return Math.Abs(planck - expected) <= 1e-12 + (1e-8 * Math.Abs(expected));
    }

    /// <summary>With temperature-independent mobilities the junction potential is RT/F times a number: LJP/T is constant.</summary>
    [PhysicalProperty]
    public bool The_junction_potential_scales_with_absolute_temperature(SaltConcentration kc, Temperature t)
    {
        var one = new Solution((Ions.Potassium, kc.Value), (Ions.Gluconate, kc.Value));
        var two = new Solution((Ions.Sodium, Concentration.FromMillimolar(150)), (Ions.Chloride, Concentration.FromMillimolar(154)), (Ions.Calcium, Concentration.FromMillimolar(2)));
        var a = JunctionPotential.Planck(one, two, t).Volts / t.Kelvins;
        var b = JunctionPotential.Planck(one, two, Temperature.FromKelvins(310)).Volts / 310;
        return Math.Abs(a - b) <= (1e-10 * Math.Abs(b)) + 1e-18;
    }

    /// <summary>
    /// Swapping pipette and bath negates the Planck junction potential: four valence classes, two of them absent on one
    /// side, the sides up to five decades apart (which needs the solver's reverse-direction retry). Within 1 nV.
    /// </summary>
    [PhysicalProperty]
    public bool Swapping_the_solutions_negates_the_potential(SaltConcentration kc, SaltConcentration nac, Temperature t)
    {
        var (k, na) = (kc.Value, nac.Value);
        var one = new Solution((Ions.Potassium, k), (Ions.Gluconate, k), (Ions.Calcium, na * 0.01), (Ions.Chloride, na * 0.02));
        var two = new Solution((Ions.Sodium, na), (Ions.Chloride, na), (Ions.Magnesium, k * 0.5), (Ions.Sulfate, k * 0.5));
        var forward = JunctionPotential.Planck(one, two, t).Volts;
        var backward = JunctionPotential.Planck(two, one, t).Volts;
        return Math.Abs(forward + backward) <= 1e-9 + (1e-8 * Math.Abs(forward));
    }
}
