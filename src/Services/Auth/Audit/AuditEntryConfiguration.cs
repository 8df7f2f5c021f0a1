using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Auth.Audit;

/// <summary>
/// Table <c>audit_entries</c>, with an index per question the history view asks: one object's history, one
/// administrator's actions, everything, each newest first. The append-only trigger is created by the AuditLog migration.
/// </summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "audit_entries";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorUsername).HasMaxLength(150);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.ObjectType).HasMaxLength(64);
        builder.Property(e => e.ObjectId).HasColumnType("text");
        builder.Property(e => e.ObjectRepr).HasColumnType("text");
        builder.Property(e => e.Changes).HasColumnType("jsonb");
        builder.HasIndex(e => new { e.ObjectType, e.ObjectId, e.CreatedAt })
            .IsDescending(false, false, true)
            .HasDatabaseName("ix_audit_entries_object_created_at");
        builder.HasIndex(e => new { e.ActorId, e.CreatedAt })
            .IsDescending(false, true)
            .HasDatabaseName("ix_audit_entries_actor_created_at");
        builder.HasIndex(e => e.CreatedAt)
            .IsDescending(true)
            .HasDatabaseName("ix_audit_entries_created_at");
    }
}
