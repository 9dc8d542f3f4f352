using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RoomBot.Sandbox.Storage.Migrations.PostgreSQL
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
                    Token = table.Column<string>(type: "text", nullable: false),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_access_tokens", x => x.Token);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_bookings",
                columns: table => new
                {
                    BookingId = table.Column<string>(type: "text", nullable: false),
                    MasterBookingId = table.Column<string>(type: "text", nullable: true),
                    MeetingRoomId = table.Column<int>(type: "integer", nullable: false),
                    ScheduleId = table.Column<string>(type: "text", nullable: true),
                    MeetingId = table.Column<string>(type: "text", nullable: true),
                    StartTime = table.Column<long>(type: "bigint", nullable: false),
                    EndTime = table.Column<long>(type: "bigint", nullable: false),
                    Booker = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: true),
                    Attendees = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AgentId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_bookings", x => x.BookingId);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_chat_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    FromBot = table.Column<bool>(type: "boolean", nullable: false),
                    MsgType = table.Column<string>(type: "text", nullable: false),
                    ContentJson = table.Column<string>(type: "text", nullable: false),
                    TaskId = table.Column<string>(type: "text", nullable: true),
                    ResponseCode = table.Column<string>(type: "text", nullable: true),
                    ReplacedName = table.Column<string>(type: "text", nullable: true),
                    ReplacedCardJson = table.Column<string>(type: "text", nullable: true),
                    ClickedKey = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_chat_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_group_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GroupId = table.Column<string>(type: "text", nullable: false),
                    MsgType = table.Column<string>(type: "text", nullable: false),
                    ContentJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_group_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_groups",
                columns: table => new
                {
                    GroupId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Owner = table.Column<string>(type: "text", nullable: true),
                    Members = table.Column<List<string>>(type: "text[]", nullable: false),
                    WebhookKey = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_groups", x => x.GroupId);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_members",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    City = table.Column<string>(type: "text", nullable: true),
                    Building = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_members", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_rooms",
                columns: table => new
                {
                    MeetingRoomId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    City = table.Column<string>(type: "text", nullable: true),
                    Building = table.Column<string>(type: "text", nullable: true),
                    Floor = table.Column<string>(type: "text", nullable: true),
                    Equipment = table.Column<List<int>>(type: "integer[]", nullable: false),
                    NeedApproval = table.Column<bool>(type: "boolean", nullable: false),
                    Deleted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_rooms", x => x.MeetingRoomId);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_schedules",
                columns: table => new
                {
                    ScheduleId = table.Column<string>(type: "text", nullable: false),
                    MeetingId = table.Column<string>(type: "text", nullable: true),
                    AgentId = table.Column<int>(type: "integer", nullable: true),
                    Organizer = table.Column<string>(type: "text", nullable: true),
                    StartTime = table.Column<long>(type: "bigint", nullable: false),
                    EndTime = table.Column<long>(type: "bigint", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: true),
                    Attendees = table.Column<List<string>>(type: "text[]", nullable: false),
                    IsRepeat = table.Column<bool>(type: "boolean", nullable: false),
                    RepeatType = table.Column<int>(type: "integer", nullable: false),
                    RepeatUntil = table.Column<long>(type: "bigint", nullable: false),
                    IsCustomRepeat = table.Column<bool>(type: "boolean", nullable: false),
                    RepeatInterval = table.Column<int>(type: "integer", nullable: false),
                    RepeatDayOfWeek = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Deleted = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
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
