using System;

namespace Membrane.Biophysics.Models;

/// <summary>
/// A ready model as the registry lists it: a short name to ask for it by, a title, the papers it follows, and a run
/// with its default (cited) parameters. Immutable and thread-safe.
/// </summary>
public sealed class ReadyModel
{
    private readonly Func<ModelRun> _run;

    internal ReadyModel(string name, string title, string citation, Func<ModelRun> run)
    {
        Name = name;
        Title = title;
        Citation = citation;
        _run = run;
    }

    /// <summary>The name to ask for it by, lower case with hyphens, e.g. "potassium-buffering".</summary>
    public string Name { get; }

    /// <summary>A one-line description.</summary>
    public string Title { get; }

    /// <summary>The papers its structure and default parameters come from.</summary>
    public string Citation { get; }

    /// <summary>Runs the model with its default parameters.</summary>
    /// <returns>The recordings and headline numbers.</returns>
    public ModelRun Run() => _run();

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Title}";
}
