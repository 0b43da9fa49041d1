using System;
using System.Collections.Generic;
using System.Linq;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Models;

namespace Membrane.Biophysics.Cli.Scenarios;

/// <summary>
/// The named scenarios <c>membrane run</c> and <c>membrane plot run</c> know: the Dynamics simulations below, then every
/// ready model of <see cref="ReadyModels.All"/> (a model added there is runnable here with no further line).
/// </summary>
internal static class ScenarioRegistry
{
    private static readonly List<IScenario> Scenarios = [];

    static ScenarioRegistry()
    {
        Register(DynamicsScenarios.HodgkinHuxleySpike);
        Register(DynamicsScenarios.PotassiumClamp);
        Register(DynamicsScenarios.PotassiumAccumulation);
        Register(DynamicsScenarios.NcxClamp);
        foreach (var model in ReadyModels.All)
        {
            Register(new ModelScenario(model));
        }
    }

    public static IReadOnlyList<IScenario> All => Scenarios;

    public static void Register(IScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (Scenarios.Exists(s => s.Name == scenario.Name))
        {
            throw Guard.Invalid(nameof(scenario), $"'{scenario.Name}', a name that is taken", "a scenario with a new name");
        }

        Scenarios.Add(scenario);
    }

    public static IScenario Find(string name, string option) =>
        Scenarios.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UserInputException($"{option}: unknown scenario '{name}'; expected one of {string.Join(", ", Scenarios.Select(s => s.Name))}.");
}
