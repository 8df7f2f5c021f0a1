namespace Agrovet.Forum.Comments;

/// <summary>
/// Arranges the comments read in one query into the thread: the replies of every comment sorted alike, deleted
/// comments without (kept) replies left out, branches deeper than <c>depth</c> levels or past <c>limit</c> comments
/// collapsed into "N more replies" on the last comment shown.
/// </summary>
public sealed class CommentThread
{
    private readonly Dictionary<long, List<CommentRow>> _children = [];
    private readonly Dictionary<long, int> _sizes = [];
    private readonly List<CommentRow> _roots = [];
    private readonly bool _moderator;
    private readonly int _maxDepth;
    private readonly int _limit;
    private readonly bool _flat;
    private readonly List<CommentResponse> _output = [];
    private int _emitted;

    private CommentThread(bool moderator, int maxDepth, int limit, bool flat)
    {
        _moderator = moderator;
        _maxDepth = maxDepth;
        _limit = limit;
        _flat = flat;
    }

    /// <param name="rows">Every comment of the post (or of the branch).</param>
    /// <param name="rootId">The branch's first comment, or null for the whole post.</param>
    public static (List<CommentResponse> Comments, int More) Build(
        IReadOnlyList<CommentRow> rows, long? rootId, string sort, bool moderator, int maxDepth, int limit, bool flat)
    {
        var thread = new CommentThread(moderator, maxDepth, limit, flat);
        var comparison = CommentSort.Comparison(sort);
        foreach (var row in rows)
        {
            if (row.Id == rootId || (rootId is null && row.ParentId is null))
            {
                thread._roots.Add(row);
            }
            else if (row.ParentId is { } parent)
            {
                if (!thread._children.TryGetValue(parent, out var list))
                {
                    list = [];
                    thread._children[parent] = list;
                }

                list.Add(row);
            }
        }

        foreach (var list in thread._children.Values)
        {
            list.Sort(comparison);
        }

        thread._roots.Sort(comparison);
        var kept = thread._roots.Where(r => thread.Size(r) > 0).ToList();
        var more = 0;
        var top = new List<CommentResponse>();
        foreach (var root in kept)
        {
            if (thread._emitted >= limit)
            {
                more++;
                continue;
            }

            top.Add(thread.Emit(root, 0));
        }

        return (flat ? thread._output : top, more);
    }

    /// <summary>Comments kept in the branch of <paramref name="row"/> (0 when it is deleted with nothing kept below).</summary>
    private int Size(CommentRow row)
    {
        if (_sizes.TryGetValue(row.Id, out var known))
        {
            return known;
        }

        // Iterative post-order: threads are deep enough (any depth) that recursion could overflow the stack.
        var stack = new Stack<(CommentRow Row, bool Expanded)>();
        stack.Push((row, false));
        while (stack.Count > 0)
        {
            var (current, expanded) = stack.Pop();
            var children = _children.GetValueOrDefault(current.Id);
            if (!expanded && children is not null)
            {
                stack.Push((current, true));
                foreach (var child in children)
                {
                    if (!_sizes.ContainsKey(child.Id))
                    {
                        stack.Push((child, false));
                    }
                }

                continue;
            }

            var below = children?.Sum(c => _sizes[c.Id]) ?? 0;
            _sizes[current.Id] = below > 0 || !current.IsDeleted ? below + 1 : 0;
        }

        return _sizes[row.Id];
    }

    private CommentResponse Emit(CommentRow row, int level)
    {
        var node = CommentResponse.From(row, _moderator);
        _emitted++;
        _output.Add(node);
        var children = _children.GetValueOrDefault(row.Id)?.Where(c => Size(c) > 0).ToList() ?? [];
        if (children.Count == 0)
        {
            return node;
        }

        if (level + 1 >= _maxDepth)
        {
            node.MoreReplies = Size(row) - 1;
            return node;
        }

        foreach (var child in children)
        {
            if (_emitted >= _limit)
            {
                node.MoreReplies += Size(child);
                continue;
            }

            var reply = Emit(child, level + 1);
            if (!_flat)
            {
                node.Replies.Add(reply);
            }
        }

        return node;
    }
}
