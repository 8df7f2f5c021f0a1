using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.EventBus.Inbox;

/// <summary>Table <c>inbox_messages</c>, keyed by (event id, consumer group).</summary>
internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(m => new { m.EventId, m.Consumer }).HasName("pk_inbox_messages");
        builder.Property(m => m.EventId).HasColumnName("event_id");
        builder.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
        builder.Property(m => m.Topic).HasColumnName("topic").HasMaxLength(200);
        builder.Property(m => m.Type).HasColumnName("type").HasMaxLength(200);
        builder.Property(m => m.ProcessedAt).HasColumnName("processed_at");
        builder.HasIndex(m => m.ProcessedAt).HasDatabaseName("ix_inbox_messages_processed_at");
    }
}
