namespace Agrovet.Marketplace.Catalog;

/// <summary>One category: its slug is its full path ("livestock/cattle"); top-level categories have children.</summary>
public sealed record CategoryNode(string Slug, string Name, IReadOnlyList<CategoryNode> Children);
