using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Transport;

/// <summary>Thermodynamic identities of any transporter over random stoichiometries and conditions.</summary>
public partial class TransporterTests
{
    [PhysicalProperty]
    public bool Reversing_negates_dG_and_keeps_E_rev(TransportCase c, ElectricPotential v, Temperature t)
    {
        // Negation is exact in IEEE arithmetic, and every term of the sum is negated, so the equality is exact.
        var forward = c.First.At(c.Conditions, v, t);
        var backward = c.First.Reversed().At(c.Conditions, v, t);
        return backward.FreeEnergy.JoulesPerMole == -forward.FreeEnergy.JoulesPerMole &&
               backward.ReversalPotential == forward.ReversalPotential &&
               (forward.Direction == TransportDirection.Equilibrium
                   ? backward.Direction == TransportDirection.Equilibrium
                   : backward.Direction != forward.Direction);
    }

    [PhysicalProperty]
    public bool An_electroneutral_transporter_ignores_V(TransportCase c, ElectricPotential v1, ElectricPotential v2, Temperature t) =>
        c.Electroneutral.NetChargeInward == 0 &&
        c.Electroneutral.ReversalPotential(c.Conditions, t) is null &&
        c.Electroneutral.FreeEnergy(c.Conditions, v1, t) == c.Electroneutral.FreeEnergy(c.Conditions, v2, t);

    [PhysicalProperty]
    public bool dG_equals_z_net_F_times_V_minus_E_rev_and_the_independent_sum(TransportCase c, ElectricPotential v, Temperature t)
    {
        var state = c.First.At(c.Conditions, v, t);
        var f = PhysicalConstants.FaradayConstant;
        var rt = PhysicalConstants.MolarGasConstant * t.Kelvins;

        // Second method: Σ nᵢ(RT ln(cin/cout) + zᵢFV) + Σ mⱼΔGⱼ, term by term, from the conditions' raw numbers.
        var terms = c.First.Stoichiometry.Translocations
            .Select(x => x.Count * ((rt * Math.Log(c.Conditions.Inside[x.Species].Millimolar / c.Conditions.Outside[x.Species].Millimolar)) + (x.Species.Valence * f * v.Volts)))
            .Concat(c.First.Stoichiometry.Reactions.Select(r => r.Count * c.Conditions.ReactionFreeEnergies.Single(p => p.Key == r.Reaction).Value.JoulesPerMole))
            .ToList();
        var independent = terms.Sum();
        var scale = terms.Sum(Math.Abs) + 1e-6;
        var identity = state.ReversalPotential is { } e
            ? state.FreeEnergy.JoulesPerMole == state.NetChargeInward * f * (v.Volts - e.Volts)
            : state.NetChargeInward == 0;
        var sign = state.Direction == (state.FreeEnergy.JoulesPerMole < 0 ? TransportDirection.Forward : state.FreeEnergy.JoulesPerMole > 0 ? TransportDirection.Reverse : TransportDirection.Equilibrium);
        return identity && sign && Math.Abs(state.FreeEnergy.JoulesPerMole - independent) <= 1e-12 * scale;
    }

    [PhysicalProperty]
    public bool dG_is_exactly_zero_at_E_rev(TransportCase c, Temperature t) =>
        c.First.ReversalPotential(c.Conditions, t) is not { } e ||
        (c.First.FreeEnergy(c.Conditions, e, t) == MolarEnergy.Zero && c.First.Direction(c.Conditions, e, t) == TransportDirection.Equilibrium);

    [PhysicalProperty]
    public bool A_uniporter_is_Nernst_and_its_dG_is_the_electrochemical_potential(Concentration ci, Concentration co, ElectricPotential v, Valence z, Temperature t)
    {
        var ion = new Ion("test", "X", z.Value);
        var gradient = new IonGradient(ci, co);
        var uniporter = new Transporter("X uniporter", new Stoichiometry((ion, 1)), "a single species");
        var state = uniporter.At(TransportConditions.FromGradients((ion, gradient)), v, t);
        var nernst = Nernst.Potential(ion, gradient, t).Volts;
        var dmu = ElectrochemicalPotential.Difference(ion, gradient, v, t).JoulesPerMole;
        var scale = Math.Abs(z.Value * PhysicalConstants.FaradayConstant) * (Math.Abs(v.Volts) + Math.Abs(nernst));
        return Math.Abs(state.ReversalPotential!.Value.Volts - nernst) <= 1e-15 + (1e-14 * Math.Abs(nernst)) &&
               Math.Abs(state.FreeEnergy.JoulesPerMole - dmu) <= 1e-9 + (1e-13 * scale);
    }

    [PhysicalProperty]
    public bool A_composed_cycle_has_the_sum_of_the_free_energies(TransportCase c, ElectricPotential v, Temperature t)
    {
        Transporter composite;
        try
        {
            composite = c.First.ComposedWith(c.Second);
        }
        catch (ArgumentOutOfRangeException)
        {
            return c.First.Stoichiometry.Reversed().Translocations.All(x => c.Second.Stoichiometry.CountOf(x.Species) == x.Count); // only when everything cancels
        }

        var a = c.First.FreeEnergy(c.Conditions, v, t).JoulesPerMole;
        var b = c.Second.FreeEnergy(c.Conditions, v, t).JoulesPerMole;
        var sum = composite.FreeEnergy(c.Conditions, v, t).JoulesPerMole;
        return composite.NetChargeInward == c.First.NetChargeInward + c.Second.NetChargeInward &&
               Math.Abs(sum - (a + b)) <= 1e-12 * (Math.Abs(a) + Math.Abs(b) + Scale(c.First, c.Conditions, t) + Scale(c.Second, c.Conditions, t));
    }

    [PhysicalProperty]
    public bool Temperature_and_constants_are_used_not_defaulted(TransportCase c, ElectricPotential v, Temperature t)
    {
        // With NEURON's legacy F and R the answer must differ (unless every term vanishes), proving the set is used.
        var modern = c.First.FreeEnergy(c.Conditions, v, t).JoulesPerMole;
        var legacy = c.First.FreeEnergy(c.Conditions, v, t, ConstantSet.NeuronLegacy).JoulesPerMole;
        return modern == 0 || modern != legacy || c.First.Stoichiometry.Translocations.Count == 0;
    }

    private static double Scale(Transporter transporter, TransportConditions conditions, Temperature t) =>
        transporter.Stoichiometry.Translocations.Sum(x =>
            Math.Abs(x.Count) * ((PhysicalConstants.MolarGasConstant * t.Kelvins * Math.Abs(Math.Log(conditions.Inside[x.Species] / conditions.Outside[x.Species]))) + (3 * PhysicalConstants.FaradayConstant * 0.2))) +
        transporter.Stoichiometry.Reactions.Sum(r => Math.Abs(r.Count) * 70_000.0);
}
