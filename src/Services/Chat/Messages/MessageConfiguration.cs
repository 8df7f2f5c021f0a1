using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Chat.Messages;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.ToTable("messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.AuthorUsername).HasMaxLength(150);
        builder.Property(m => m.Body).HasMaxLength(MessageRules.MaxBodyLength);
        builder.Property(m => m.ClientId).HasMaxLength(MessageRules.MaxClientIdLength);
        builder.Ignore(m => m.IsDeleted);
        // History, unread counts and replays all read one room's messages by id.
        builder.HasIndex(m => new { m.RoomId, m.Id });
        // Replaying the edits and deletes a reconnecting client missed reads one room's changed messages by change number.
        builder.HasIndex(m => new { m.RoomId, m.Change }).HasFilter("change > 0");
        builder.HasIndex(m => new { m.RoomId, m.AuthorId, m.ClientId }).IsUnique().HasFilter("client_id IS NOT NULL");
        builder.HasOne<Rooms.Room>().WithMany().HasForeignKey(m => m.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}
