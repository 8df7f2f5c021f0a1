namespace Agrovet.Forum.Tests.Support;

/// <summary>A forum whose SQL commands are recorded (<c>Recorder</c>), to count round trips and read plans.</summary>
public sealed class RecordingForumApiFactory(AuthServerFixture auth) : ForumApiFactory(auth)
{
    protected override bool RecordsCommands => true;
}
