using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using Membrane.Biophysics.Models;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// Every ready model has one shape: its parameters are validated once, by the constructor of its resolved form (e.g.
/// <see cref="IschaemiaCell"/>), and <c>Run()</c> builds that form once for all its scenarios. Shown from the compiled
/// code, not by counting at run time: the Models assembly's IL call graph, each call site counted as often as the path
/// from <c>Run()</c> to it passes (lambdas a recorder samples count once, as a site).
/// </summary>
public partial class ModelsResolveOnceTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static TheoryData<Type, Type[]> Models => new()
    {
        { typeof(IschaemiaModel), [typeof(IschaemiaCell)] },
        { typeof(BacterialEnergeticsModel), [typeof(BacterialCell)] },
        { typeof(CardiacNcxModel), [typeof(CardiacNcxCell)] },
        { typeof(ChlorideHomeostasisModel), [typeof(ChlorideCell), typeof(ChlorideWholeCell)] },
        { typeof(EndosomeAcidificationModel), [typeof(EndosomeOrganelle)] },
        { typeof(SaltStressModel), [typeof(SaltStressCell), typeof(SaltStressCellWithVacuole)] },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Run_resolves_once_and_only_the_resolution_validates(Type model, Type[] resolved)
    {
        var validators = model.GetMethods(Declared).Where(m => !m.IsStatic && m.Name.StartsWith("Validate", StringComparison.Ordinal) && m.GetParameters().Length == 0).ToArray();
        Assert.NotEmpty(validators);
        var resolutions = resolved.Select(r => r.GetConstructors(Declared).Single(c => c.GetParameters() is [var p] && p.ParameterType == model)).ToArray();
        var graph = CallGraph.Of(model.Assembly);

        foreach (var validate in validators)
        {
            var callers = graph.CallersOf(validate);
            Assert.True(callers.Count == 1 && resolutions.Contains(callers[0]), $"{model.Name}.{validate.Name} is called from {string.Join(", ", callers.Select(Describe))}: expected one call, in the constructor of one of {string.Join(", ", resolved.Select(r => r.Name))}");
        }

        var run = model.GetMethod("Run", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!;
        foreach (var target in validators.Concat<MethodBase>(resolutions))
        {
            Assert.True(graph.TimesReached(run, target) == 1, $"{model.Name}.Run() reaches {Describe(target)} {graph.TimesReached(run, target)} times; expected once");
        }
    }

    /// <summary>The buffering model composes the ischaemia neuron: its run resolves that neuron once for both scenarios.</summary>
    [Fact]
    public void The_buffering_model_resolves_its_neuron_once()
    {
        var resolution = typeof(IschaemiaCell).GetConstructors(Declared).Single(c => c.GetParameters() is [var p] && p.ParameterType == typeof(IschaemiaModel));
        var run = typeof(PotassiumBufferingModel).GetMethod("Run", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!;
        Assert.Equal(1, CallGraph.Of(typeof(PotassiumBufferingModel).Assembly).TimesReached(run, resolution));
    }

    private static string Describe(MethodBase m) => $"{m.DeclaringType?.Name}.{m.Name}";

    /// <summary>The calls (call, callvirt, newobj, ldftn) of every method of one assembly to the methods of that assembly.</summary>
    private sealed class CallGraph
    {
        private static readonly OpCode[] OneByte = new OpCode[0x100], TwoByte = new OpCode[0x100];
        private readonly Dictionary<MethodBase, List<MethodBase>> _calls = [];

        static CallGraph()
        {
            foreach (var f in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var op = (OpCode)f.GetValue(null)!;
                var v = (ushort)op.Value;
                (v < 0x100 ? OneByte : TwoByte)[v & 0xff] = op;
            }
        }

        public static CallGraph Of(Assembly assembly)
        {
            var graph = new CallGraph();
            foreach (var type in assembly.GetTypes())
            {
                foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
                {
                    graph._calls[method] = Calls(method);
                }
            }

            return graph;
        }

        public List<MethodBase> CallersOf(MethodBase target) =>
            [.. _calls.SelectMany(kv => kv.Value.Where(c => c == target).Select(_ => kv.Key))];

        /// <summary>How many call sites of <paramref name="target"/> the paths from <paramref name="from"/> pass, each site once per path.</summary>
        public int TimesReached(MethodBase from, MethodBase target) => Count(from, target, []);

        private int Count(MethodBase from, MethodBase target, HashSet<MethodBase> onPath)
        {
            if (!_calls.TryGetValue(from, out var calls) || !onPath.Add(from))
            {
                return 0;
            }

            var n = calls.Sum(c => c == target ? 1 : Count(c, target, onPath));
            onPath.Remove(from);
            return n;
        }

        private static List<MethodBase> Calls(MethodBase method)
        {
            var found = new List<MethodBase>();
            var il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null)
            {
                return found;
            }

            var module = method.Module;
            var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            for (var i = 0; i < il.Length;)
            {
                var op = il[i] == 0xfe ? TwoByte[il[++i]] : OneByte[il[i]];
                i++;
                if (op.OperandType == OperandType.InlineMethod)
                {
                    var token = BitConverter.ToInt32(il, i);
                    try
                    {
                        var callee = module.ResolveMethod(token, typeArguments, methodArguments);
                        if (callee is not null && callee.Module == module)
                        {
                            found.Add(callee is MethodInfo { IsGenericMethod: true } g ? g.GetGenericMethodDefinition() : callee);
                        }
                    }
                    catch (ArgumentException)
                    {
                        // A member of a generic instantiation this method's context cannot resolve: not one of the model's.
                    }
                }

                i += op.OperandType switch
                {
                    OperandType.InlineNone => 0,
                    OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                    OperandType.InlineVar => 2,
                    OperandType.InlineI8 or OperandType.InlineR => 8,
                    OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                    _ => 4,
                };
            }

            return found;
        }
    }
}
