namespace Agrovet.Compute.Service.Tests;

public sealed class PanningTests(PatientComputeFactory api) : IClassFixture<PatientComputeFactory>
{
    [Fact]
    public async Task A_session_that_pans_twenty_times_quickly_gets_previews_and_only_the_latest_full_render()
    {
        var member = await api.SignUpAsync();
        using var socket = await api.ConnectAsync(member.AccessToken, Ct);
        await socket.ReceiveFrameAsync();

        for (var pan = 1; pan <= 20; pan++)
        {
            await socket.SendRenderAsync(pan, SocketTests.ViewOf(-70 + (pan * 0.25)));
        }
        var frames = await socket.ReceiveUntilAsync(f => f.Stage == "full");

        var full = Assert.Single(frames, f => f.Stage == "full");
        Assert.Equal(20, full.Id);
        Assert.Equal(-70 + (20 * 0.25), full.Json.GetProperty("x_range")[0].GetDouble());
        Assert.Contains(frames, f => f.Stage == "preview");
        Assert.Contains(frames, f => f.Stage == "preview" && f.Id == 20);
        Assert.All(frames, f => Assert.True(f.IsImage, $"unexpected {f}"));
        // Previews come in the order of the views; a superseded view's preview never follows a newer one's.
        var previewIds = frames.Where(f => f.Stage == "preview").Select(f => f.Id!.Value).ToList();
        Assert.Equal(previewIds.Order(), previewIds);
    }
}
