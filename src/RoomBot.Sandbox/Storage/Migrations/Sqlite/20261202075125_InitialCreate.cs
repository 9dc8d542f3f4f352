using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoomBot.Sandbox.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sandbox_access_tokens",
                columns: table => new
                {
                    Token = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_access_tokens", x => x.Token);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_bookings",
                columns: table => new
                {
                    BookingId = table.Column<string>(type: "TEXT", nullable: false),
                    MasterBookingId = table.Column<string>(type: "TEXT", nullable: true),
                    MeetingRoomId = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduleId = table.Column<string>(type: "TEXT", nullable: true),
                    MeetingId = table.Column<string>(type: "TEXT", nullable: true),
                    StartTime = table.Column<long>(type: "INTEGER", nullable: false),
                    EndTime = table.Column<long>(type: "INTEGER", nullable: false),
                    Booker = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: true),
                    Attendees = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AgentId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_bookings", x => x.BookingId);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_chat_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    FromBot = table.Column<bool>(type: "INTEGER", nullable: false),
                    MsgType = table.Column<string>(type: "TEXT", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    TaskId = table.Column<string>(type: "TEXT", nullable: true),
                    ResponseCode = table.Column<string>(type: "TEXT", nullable: true),
                    ReplacedName = table.Column<string>(type: "TEXT", nullable: true),
                    ReplacedCardJson = table.Column<string>(type: "TEXT", nullable: true),
                    ClickedKey = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_chat_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_group_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<string>(type: "TEXT", nullable: false),
                    MsgType = table.Column<string>(type: "TEXT", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_group_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_groups",
                columns: table => new
                {
                    GroupId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", nullable: true),
                    Members = table.Column<string>(type: "TEXT", nullable: false),
                    WebhookKey = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_groups", x => x.GroupId);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_members",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    Building = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_members", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_rooms",
                columns: table => new
                {
                    MeetingRoomId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    Building = table.Column<string>(type: "TEXT", nullable: true),
                    Floor = table.Column<string>(type: "TEXT", nullable: true),
                    Equipment = table.Column<string>(type: "TEXT", nullable: false),
                    NeedApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    Deleted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_rooms", x => x.MeetingRoomId);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_schedules",
                columns: table => new
                {
                    ScheduleId = table.Column<string>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<string>(type: "TEXT", nullable: true),
                    AgentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Organizer = table.Column<string>(type: "TEXT", nullable: true),
                    StartTime = table.Column<long>(type: "INTEGER", nullable: false),
                    EndTime = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    Attendees = table.Column<string>(type: "TEXT", nullable: false),
                    IsRepeat = table.Column<bool>(type: "INTEGER", nullable: false),
                    RepeatType = table.Column<int>(type: "INTEGER", nullable: false),
                    RepeatUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    IsCustomRepeat = table.Column<bool>(type: "INTEGER", nullable: false),
                    RepeatInterval = table.Column<int>(type: "INTEGER", nullable: false),
                    RepeatDayOfWeek = table.Column<string>(type: "TEXT", nullable: false),
                    Deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_schedules", x => x.ScheduleId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_access_tokens_ExpiresAt",
                table: "sandbox_access_tokens",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_bookings_MasterBookingId",
                table: "sandbox_bookings",
                column: "MasterBookingId");

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_bookings_MeetingRoomId_StartTime",
                table: "sandbox_bookings",
                columns: new[] { "MeetingRoomId", "StartTime" });

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_bookings_ScheduleId",
                table: "sandbox_bookings",
                column: "ScheduleId");

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_chat_messages_ResponseCode",
                table: "sandbox_chat_messages",
                column: "ResponseCode");

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_chat_messages_TaskId",
                table: "sandbox_chat_messages",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_chat_messages_UserId",
                table: "sandbox_chat_messages",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_group_messages_GroupId",
                table: "sandbox_group_messages",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_groups_WebhookKey",
                table: "sandbox_groups",
                column: "WebhookKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_schedules_MeetingId",
                table: "sandbox_schedules",
                column: "MeetingId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sandbox_access_tokens");

            migrationBuilder.DropTable(
                name: "sandbox_bookings");

            migrationBuilder.DropTable(
                name: "sandbox_chat_messages");

            migrationBuilder.DropTable(
                name: "sandbox_group_messages");

            migrationBuilder.DropTable(
                name: "sandbox_groups");

            migrationBuilder.DropTable(
                name: "sandbox_members");

            migrationBuilder.DropTable(
                name: "sandbox_rooms");

            migrationBuilder.DropTable(
                name: "sandbox_schedules");
        }
    }
}
