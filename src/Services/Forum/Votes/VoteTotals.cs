using System.ComponentModel.DataAnnotations.Schema;

namespace Agrovet.Forum.Votes;

/// <summary>A row of the vote statement: the totals after it, the vote before it, and whether it changed anything.</summary>
public sealed record VoteTotals(
    [property: Column("ups")] int Ups,
    [property: Column("downs")] int Downs,
    [property: Column("score")] int Score,
    [property: Column("before")] int Before,
    [property: Column("changed")] bool Changed);
