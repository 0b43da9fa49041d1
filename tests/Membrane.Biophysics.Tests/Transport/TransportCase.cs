using System.Collections.Generic;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Transport;

/// <summary>
/// A random transport situation for property tests: conditions giving every species of a pool (valences ±1…±3)
/// concentrations from 1 nM to 1 M on each side plus a ΔG for ATP hydrolysis, and two random transporters drawn from
/// that pool (1–4 species, counts ±1…±4, sometimes coupled to ATP), one of them forced electroneutral.
/// </summary>
public sealed record TransportCase(TransportConditions Conditions, Transporter First, Transporter Second, Transporter Electroneutral)
{
    /// <summary>The species the random transporters draw from.</summary>
    public static IReadOnlyList<Ion> Pool { get; } =
    [
        Ions.Sodium, Ions.Potassium, Ions.Chloride, Ions.Calcium, Ions.Hydrogen, Ions.Bicarbonate, Ions.Sulfate,
        new Ion("test trication", "X³⁺", 3), new Ion("test trianion", "Y³⁻", -3),
    ];

    /// <summary>Builds a case from a seed, deterministically (FsCheck reports the seed of a failing case).</summary>
    public static TransportCase FromSeed(int seed)
    {
        var random = new Random(seed);
        var conditions = TransportConditions.Empty;
        foreach (var ion in Pool)
        {
            conditions = conditions.WithGradient(ion, new IonGradient(RandomConcentration(random), RandomConcentration(random)));
        }

        conditions = conditions.WithAtpHydrolysis(MolarEnergy.FromKilojoulesPerMole(-70 + (40 * random.NextDouble())));
        var first = RandomTransporter(random, "A", electroneutral: false);
        var second = RandomTransporter(random, "B", electroneutral: false);
        var neutral = RandomTransporter(random, "N", electroneutral: true);
        return new TransportCase(conditions, first, second, neutral);
    }

    /// <summary>Shows the transporters, so a failing case is readable.</summary>
    public override string ToString() => $"{First}; {Second}; {Electroneutral}; {Conditions}";

    private static Concentration RandomConcentration(Random random) => Concentration.FromMillimolar(Math.Pow(10, -6 + (9 * random.NextDouble())));

    private static Transporter RandomTransporter(Random random, string name, bool electroneutral)
    {
        var species = Pool.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToList();
        var terms = species.Select(ion => (ion, Count(random))).ToList();
        var charge = terms.Sum(t => t.Item2 * t.ion.Valence);
        if (electroneutral && charge != 0)
        {
            // Balance with a monovalent species not yet used: a cation (Na⁺, K⁺, H⁺) or an anion (Cl⁻, HCO₃⁻).
            var balance = Pool.First(ion => Math.Abs(ion.Valence) == 1 && !species.Contains(ion));
            terms.Add((balance, -charge * balance.Valence));
        }

        var stoichiometry = new Stoichiometry(terms.ToArray());
        if (random.Next(3) == 0)
        {
            stoichiometry = stoichiometry.WithReaction(AtpHydrolysis.Reaction, random.Next(2) == 0 ? 1 : -random.Next(1, 4));
        }

        return new Transporter(name, stoichiometry, "random test cycle");
    }

    private static int Count(Random random)
    {
        var n = random.Next(1, 5);
        return random.Next(2) == 0 ? n : -n;
    }
}
