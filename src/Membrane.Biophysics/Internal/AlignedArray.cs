using System;
using System.Runtime.InteropServices;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// Arrays of doubles whose first element starts a 64-byte cache line, for state that vector loops read a register at
/// a time: a 512-bit load from an address that is not a multiple of 64 spans two cache lines and costs about twice as
/// much (Intel 64 and IA-32 Architectures Optimization Reference Manual, "Align data to 64 bytes" for AVX-512).
/// </summary>
/// <remarks>
/// The arrays live on the pinned object heap, so the garbage collector never moves them (GC.AllocateArray with
/// pinned: true), and are collected when unreachable like any other. The heap places one object after the other, so a
/// small array allocated first (a probe, then a pad) shifts the next to the boundary (one such sequence at a time);
/// when it does not (a fresh segment, a gap the heap reuses), more tries are made and then the array is returned where it lies,
/// correct and only slower.
/// </remarks>
internal static class AlignedArray
{
    private const int Line = 64;
    private const int Attempts = 16;
    private static readonly System.Threading.Lock Gate = new(); // one probe–pad–array sequence at a time
    private const int Header = 24; // from the end of one array's elements to the next's first: object header, method table, length (64-bit runtime)

    /// <summary>A zeroed array of <paramref name="length"/> doubles, its first element at a 64-byte boundary whenever the heap allows.</summary>
    public static double[] Of(int length)
    {
        if (length == 0)
        {
            return [];
        }

        double[] array = [];
        lock (Gate)
        {
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var probe = GC.AllocateArray<double>(1, pinned: true);
                var next = Address(probe) + sizeof(double) + Header; // where a pad's elements will start
                var pad = (int)((Line - ((next + Header) % Line)) % Line) / sizeof(double);
                _ = GC.AllocateArray<double>(pad == 0 ? Line / sizeof(double) : pad, pinned: true);
                array = GC.AllocateArray<double>(length, pinned: true);
                if (Misalignment(array) == 0)
                {
                    break;
                }
            }
        }

        return array;
    }

    /// <summary>How many bytes past a 64-byte boundary the first element of <paramref name="array"/> lies.</summary>
    public static int Misalignment(double[] array) => (int)(Address(array) % Line);

    private static long Address(double[] array)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            return handle.AddrOfPinnedObject().ToInt64();
        }
        finally
        {
            handle.Free();
        }
    }
}
