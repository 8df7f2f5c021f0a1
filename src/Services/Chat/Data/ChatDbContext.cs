using Agrovet.Chat.Ads;
using Agrovet.Chat.Messages;
using Agrovet.Chat.Rooms;
using Agrovet.EventBus;
using Agrovet.LocalCopies;
using Agrovet.LocalCopies.Media;
using Agrovet.LocalCopies.Users;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Chat.Data;

public sealed class ChatDbContext(DbContextOptions<ChatDbContext> options) : DbContext(options)
{
    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<RoomMember> Members => Set<RoomMember>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<AdCopy> Ads => Set<AdCopy>();

    public DbSet<UserCopy> Users => Set<UserCopy>();

    public DbSet<MediaCopy> Media => Set<MediaCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ChatDbContext).Assembly);
        modelBuilder.AddUserCopies();
        modelBuilder.AddMediaCopies();
        modelBuilder.AddEventBusTables();
    }
}
