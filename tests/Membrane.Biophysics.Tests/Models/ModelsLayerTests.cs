using System.IO;
using Membrane.Biophysics.Models;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>Models is the top layer, a package of its own: it may use every layer of the core, and no file of the core may name it.</summary>
public class ModelsLayerTests
{
    [Fact]
    public void No_lower_layer_uses_the_models()
    {
        var source = Path.Combine(Repository.Root, "src", "Membrane.Biophysics");
        var models = Path.Combine(source, "Models") + Path.DirectorySeparatorChar;
        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(models, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Membrane.Biophysics.Models", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
        Assert.Equal("Membrane.Biophysics.Models", typeof(ReadyModels).Namespace);
        Assert.Equal("Membrane.Biophysics.Models", typeof(ReadyModels).Assembly.GetName().Name); // its own package
        Assert.DoesNotContain(typeof(Membrane.Biophysics.Dynamics.Simulation).Assembly.GetReferencedAssemblies(), a => a.Name == "Membrane.Biophysics.Models");
    }

    [Fact]
    public void Every_registered_model_has_a_unique_lower_case_name_and_runs()
    {
        Assert.Equal(ReadyModels.Names.Count, ReadyModels.Names.Distinct().Count());
        Assert.All(ReadyModels.Names, n => Assert.Matches("^[a-z0-9-]+$", n));
        Assert.Equal(7, ReadyModels.All.Count);
        foreach (var model in ReadyModels.All)
        {
            var run = model.Run();
            Assert.Equal(model.Name, run.ModelName);
            Assert.NotEmpty(run.Series);
            Assert.NotEmpty(run.Outcomes);
            Assert.All(run.Outcomes, o => Assert.True(
                o.Kind is ModelOutcomeKind.Quantity or ModelOutcomeKind.Number ? o.SiValue is { } x && double.IsFinite(x) : o.SiValue is null,
                $"{model.Name}: '{o}' is a {o.Kind} with SI value {o.SiValue}"));
            Assert.All(run.Outcomes, o => Assert.True(o.Kind is not (ModelOutcomeKind.Quantity or ModelOutcomeKind.Absent) || o.SiUnit.Length > 0, $"{model.Name}: quantity '{o}' has no unit"));
            Assert.All(run.Series, s => Assert.True(s.Times.Count > 1 && Enumerable.Range(0, s.Times.Count).All(i => double.IsFinite(s.SiValue(i)))));
        }
    }
}
