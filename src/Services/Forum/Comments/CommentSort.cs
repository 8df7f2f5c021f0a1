namespace Agrovet.Forum.Comments;

/// <summary>
/// The orders of a thread, applied to the replies of every comment alike. Ties go to the older comment (lower id),
/// except in <c>new</c>, where the newer one comes first.
/// </summary>
public static class CommentSort
{
    public const string Best = "best";
    public const string Top = "top";
    public const string New = "new";
    public const string Old = "old";
    public const string Controversial = "controversial";

    public static readonly IReadOnlyList<string> All = [Best, Top, New, Old, Controversial];

    public static Comparison<CommentRow> Comparison(string sort) => sort switch
    {
        Top => (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Id.CompareTo(b.Id),
        New => (a, b) => b.CreatedAt != a.CreatedAt ? b.CreatedAt.CompareTo(a.CreatedAt) : b.Id.CompareTo(a.Id),
        Old => (a, b) => a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.Id.CompareTo(b.Id),
        Controversial => (a, b) => b.Controversy != a.Controversy ? b.Controversy.CompareTo(a.Controversy) : a.Id.CompareTo(b.Id),
        _ => (a, b) => b.Best != a.Best ? b.Best.CompareTo(a.Best) : a.Id.CompareTo(b.Id),
    };
}
