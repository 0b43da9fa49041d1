using System;
using System.Runtime.InteropServices;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>
/// Aligned arrays: their first element at a 64-byte boundary (read through a GC handle, not the class's own helper),
/// zeroed, of the length asked. Run alone: tests on other threads allocating on the pinned heap in between would move
/// where the next array lands (the allocator then retries, and at worst returns an unaligned array, correct but slower).
/// </summary>
[Collection(nameof(AlignedArrayTests))]
public class AlignedArrayTests
{
    [Fact]
    public void Arrays_of_any_length_start_a_cache_line_and_are_zeroed()
    {
        foreach (var length in new[] { 0, 1, 3, 7, 8, 9, 100, 1023, 10_000, 30_000 })
        {
            var array = AlignedArray.Of(length);
            Assert.Equal(length, array.Length);
            Assert.All(array, x => Assert.Equal(0.0, x));
            if (length > 0)
            {
                var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
                try
                {
                    Assert.Equal(0, handle.AddrOfPinnedObject().ToInt64() % 64);
                }
                finally
                {
                    handle.Free();
                }
            }
        }
    }

    [Fact]
    public void The_arrays_stay_where_they_are_through_a_compacting_collection()
    {
        var array = AlignedArray.Of(1000);
        array[999] = 1.5;
        var before = AlignedArray.Misalignment(array);
        for (var i = 0; i < 100; i++)
        {
            _ = new double[1000]; // garbage for the collector to compact around
        }

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        Assert.Equal(before, AlignedArray.Misalignment(array));
        Assert.Equal(0, before);
        Assert.Equal(1.5, array[999]);
    }
}

/// <summary>The aligned-array tests run with no other test in parallel.</summary>
[CollectionDefinition(nameof(AlignedArrayTests), DisableParallelization = true)]
public class AlignedArrayTestsCollection;
