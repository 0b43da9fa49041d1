using System;
using System.Collections.Generic;
using System.Linq;
using Membrane.Biophysics.Cli.Input;

namespace Membrane.Biophysics.Cli.Scenarios;

/// <summary>
/// The named scenarios <c>membrane run</c> and <c>membrane plot run</c> know. A ready model (e.g. from a later
/// Models namespace) becomes runnable from the command line by one <see cref="Register"/> line in the static constructor below.
/// </summary>
internal static class ScenarioRegistry
{
    private static readonly List<Scenario> Scenarios = [];

    static ScenarioRegistry()
    {
        Register(DynamicsScenarios.HodgkinHuxleySpike);
        Register(DynamicsScenarios.PotassiumClamp);
        Register(DynamicsScenarios.PotassiumAccumulation);
        Register(DynamicsScenarios.NcxClamp);
    }

    public static IReadOnlyList<Scenario> All => Scenarios;

    public static void Register(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (Scenarios.Exists(s => s.Name == scenario.Name))
        {
            throw new ArgumentException($"scenario must have a new name; '{scenario.Name}' is taken.", nameof(scenario));
        }

        Scenarios.Add(scenario);
    }

    public static Scenario Find(string name, string option) =>
        Scenarios.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UserInputException($"{option}: unknown scenario '{name}'; expected one of {string.Join(", ", Scenarios.Select(s => s.Name))}.");
}
