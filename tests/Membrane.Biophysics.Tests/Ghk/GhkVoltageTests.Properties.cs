using System.Collections.Generic;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Ghk;

/// <summary>Properties of the GHK voltage equation over random sets of permeant ions (valences ±1…±3).</summary>
public partial class GhkVoltageTests
{
    [PhysicalProperty]
    public bool With_one_permeant_ion_equals_its_Nernst_potential(Concentration inside, Concentration outside, Valence z, Permeability p, Temperature t)
    {
        var ion = new Ion("X", "X", z.Value);
        var gradient = new IonGradient(inside, outside);
        var e = Nernst.Potential(ion, gradient, t).Volts;
        var alone = GhkVoltage.ReversalPotential([new PermeantIon(ion, p, gradient)], t).Volts;
        var withImpermeant = GhkVoltage.ReversalPotential([new PermeantIon(ion, p, gradient), new PermeantIon(Ions.Chloride, Permeability.Zero, gradient)], t).Volts;
        return Math.Abs(alone - e) <= 1e-12 * Math.Max(1, Math.Abs(e) / 0.1) && alone == withImpermeant;
    }

    [PhysicalProperty]
    public bool Lies_between_the_smallest_and_largest_Nernst_potentials(PermeantSet set, Temperature t)
    {
        var v = GhkVoltage.ReversalPotential(set.Ions, t).Volts;
        var nernst = set.Ions.Select(i => Nernst.Potential(i.Ion, i.Gradient, t).Volts).ToArray();
        return v >= nernst.Min() - 1e-12 && v <= nernst.Max() + 1e-12;
    }

    /// <summary>
    /// At the reversal the summed GHK currents vanish, relative to the sum of the one-way currents there (the
    /// outward and inward parts of each ion's current), to 1e-12.
    /// </summary>
    [PhysicalProperty]
    public bool Total_current_is_zero_at_the_reversal(PermeantSet set, Temperature t)
    {
        var v = GhkVoltage.ReversalPotential(set.Ions, t);
        var total = TotalCurrent(set.Ions, v, t);
        var oneWay = set.Ions.Sum(i =>
            Math.Abs(GhkCurrent.Density(i.Ion, i.Permeability, i.Gradient with { Outside = Concentration.Zero }, v, t).AmperesPerSquareMeter) +
            Math.Abs(GhkCurrent.Density(i.Ion, i.Permeability, i.Gradient with { Inside = Concentration.Zero }, v, t).AmperesPerSquareMeter));
        return Math.Abs(total) <= 1e-12 * oneWay;
    }

    [PhysicalProperty]
    public bool Scaling_every_permeability_leaves_the_reversal_unchanged(PermeantSet set, Temperature t)
    {
        var v = GhkVoltage.ReversalPotential(set.Ions, t).Volts;
        var scaled = GhkVoltage.ReversalPotential(set.Ions.Select(i => i with { Permeability = i.Permeability * 37.3e3 }).ToArray(), t).Volts;
        return Math.Abs(v - scaled) <= 1e-12;
    }

    /// <summary>The general (Brent) solver and the monovalent closed form agree to 1e-12 V.</summary>
    [PhysicalProperty]
    public bool General_solver_agrees_with_the_closed_form_for_monovalent_ions(MonovalentPermeantSet set, Temperature t)
    {
        var thermal = Membrane.Biophysics.Constants.ConstantSet.Si2019.ThermalVoltage(t).Volts;
        var z = set.Ions.Select(i => i.Ion.Valence).ToArray();
        var p = set.Ions.Select(i => i.Permeability.MetersPerSecond).ToArray();
        var ci = set.Ions.Select(i => i.Gradient.Inside.MolesPerCubicMeter).ToArray();
        var co = set.Ions.Select(i => i.Gradient.Outside.MolesPerCubicMeter).ToArray();
        var closed = thermal * GhkVoltage.DimensionlessReversal(z, p, ci, co, "ions", useClosedForm: true);
        var solved = thermal * GhkVoltage.DimensionlessReversal(z, p, ci, co, "ions", useClosedForm: false);
        return Math.Abs(closed - solved) <= 1e-12 && closed == GhkVoltage.ReversalPotential(set.Ions, t).Volts;
    }

    [PhysicalProperty]
    public bool Relative_permeabilities_through_solutions_match_the_absolute_form(MonovalentPermeantSet set, Temperature t)
    {
        // Distinct ions: relabel each entry so the dictionary and solutions hold every one.
        var ions = set.Ions.Select((i, k) => i with { Ion = new Ion($"ion{k}", $"I{k}", i.Ion.Valence) }).ToArray();
        var inside = new Solution(ions.Select(i => KeyValuePair.Create(i.Ion, i.Gradient.Inside)));
        var outside = new Solution(ions.Select(i => KeyValuePair.Create(i.Ion, i.Gradient.Outside)));
        var relative = ions.ToDictionary(i => i.Ion, i => i.Permeability.MetersPerSecond * 1e6);
        var a = GhkVoltage.ReversalPotential(inside, outside, relative, t).Volts;
        var b = GhkVoltage.ReversalPotential(ions, t).Volts;
        return Math.Abs(a - b) <= 1e-12;
    }
}
