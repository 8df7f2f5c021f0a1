using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.EventBus.Outbox;

/// <summary>Table <c>outbox_messages</c>; names are explicit so they do not depend on the context's naming convention.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id).HasName("pk_outbox_messages");
        builder.Property(m => m.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(m => m.EventId).HasColumnName("event_id");
        builder.Property(m => m.Topic).HasColumnName("topic").HasMaxLength(200);
        builder.Property(m => m.Type).HasColumnName("type").HasMaxLength(200);
        builder.Property(m => m.Source).HasColumnName("source").HasMaxLength(200);
        builder.Property(m => m.Subject).HasColumnName("subject").HasMaxLength(200);
        builder.Property(m => m.OccurredAt).HasColumnName("occurred_at");
        // text, not jsonb: the relay hands it on as it is, and jsonb parsed every event on the way in and printed it again on
        // the way out (a tenth of the database's CPU under the chat's load, bench/README.md).
        builder.Property(m => m.Data).HasColumnName("data").HasColumnType("text");
        builder.Property(m => m.Traceparent).HasColumnName("traceparent").HasMaxLength(100);
        builder.Property(m => m.SentAt).HasColumnName("sent_at");

        // The relay's "next pending rows in order" stays an index range scan however many sent rows are kept.
        builder.HasIndex(m => m.Id).HasDatabaseName("ix_outbox_messages_pending").HasFilter("sent_at IS NULL");
    }
}
