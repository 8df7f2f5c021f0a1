using Agrovet.Forum;
using Agrovet.Forum.Common;
using Microsoft.Extensions.Options;

namespace Agrovet.Forum.Tests;

public sealed class AnonymousReadsTests
{
    [Fact]
    public async Task Readers_of_the_same_page_while_it_is_read_wait_for_that_read_instead_of_reading_again()
    {
        using var reads = new AnonymousReads(Options.Create(new ForumOptions()));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        var stamp = reads.StampOf(null);
        var page = new object();

        var readers = Enumerable.Range(0, 20).Select(_ => Task.Run(() => reads.ReadThroughAsync("feed?page=7", stamp, async () =>
        {
            Interlocked.Increment(ref started);
            await gate.Task;
            return page;
        }))).ToList();
        await Task.Delay(200, Ct);
        gate.SetResult();
        var answers = await Task.WhenAll(readers);

        Assert.Equal(1, started);
        Assert.All(answers, answer => Assert.Same(page, answer));
    }

    [Fact]
    public async Task A_refused_or_failed_read_is_not_shared_and_each_waiter_reads_on_its_own()
    {
        using var reads = new AnonymousReads(Options.Create(new ForumOptions()));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        var stamp = reads.StampOf(null);

        var first = Task.Run(() => reads.ReadThroughAsync<object>("feed?community=nope", stamp, async () =>
        {
            Interlocked.Increment(ref started);
            await gate.Task;
            throw new InvalidOperationException("the database went away");
        }));
        await Task.Delay(100, Ct);
        var second = reads.ReadThroughAsync<object>("feed?community=nope", stamp, () =>
        {
            Interlocked.Increment(ref started);
            return Task.FromResult<object?>(null);
        });
        gate.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        Assert.Null(await second);
        Assert.Equal(2, started);
    }

    [Fact]
    public async Task A_read_started_before_a_post_changed_is_not_given_to_a_reader_who_came_after()
    {
        using var reads = new AnonymousReads(Options.Create(new ForumOptions()));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stale = new object();
        var fresh = new object();

        var early = Task.Run(() => reads.ReadThroughAsync("feed", reads.StampOf(null), async () =>
        {
            await gate.Task;
            return stale;
        }));
        await Task.Delay(100, Ct);
        reads.PostsChanged();
        var late = await reads.ReadThroughAsync("feed", reads.StampOf(null), () => Task.FromResult<object?>(fresh));
        gate.SetResult();

        Assert.Same(fresh, late);
        Assert.Same(stale, await early);
        Assert.Same(fresh, await reads.ReadThroughAsync<object>("feed", reads.StampOf(null), () => throw new InvalidOperationException("not read again")));
    }
}
