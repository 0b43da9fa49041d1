using System;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// Reaches <see cref="IOdeJacobian.Jacobian"/> on a system known only as <typeparamref name="TSystem"/> : <see cref="IOdeSystem"/>
/// without boxing a struct: a caller constrained to <see cref="IOdeJacobian"/> is made once per system type (by
/// reflection, as C# cannot narrow a type parameter's constraint) and takes the system by reference.
/// </summary>
internal static class AnalyticJacobian<TSystem>
    where TSystem : IOdeSystem
{
    /// <summary>The caller for <typeparamref name="TSystem"/>, or null when it does not implement <see cref="IOdeJacobian"/>.</summary>
    public static readonly ICaller? Caller = typeof(IOdeJacobian).IsAssignableFrom(typeof(TSystem))
        ? (ICaller)Activator.CreateInstance(typeof(Constrained<>).MakeGenericType(typeof(TSystem), typeof(TSystem)))!
        : null;

    public interface ICaller
    {
        void Jacobian(ref TSystem system, double time, ReadOnlySpan<double> state, Span<double> jacobian);
    }

    private sealed class Constrained<TJacobian> : ICaller
        where TJacobian : TSystem, IOdeJacobian
    {
        public void Jacobian(ref TSystem system, double time, ReadOnlySpan<double> state, Span<double> jacobian) =>
            System.Runtime.CompilerServices.Unsafe.As<TSystem, TJacobian>(ref system).Jacobian(time, state, jacobian);
    }
}
