using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RoomBot.Storage.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pending_questions",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestJson = table.Column<string>(type: "text", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pending_questions", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "processed_callbacks",
                columns: table => new
                {
                    callback_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    started_at = table.Column<long>(type: "bigint", nullable: false),
                    completed = table.Column<bool>(type: "boolean", nullable: false),
                    reply_xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_callbacks", x => x.callback_key);
                });

            migrationBuilder.CreateTable(
                name: "reminder_app_chats",
                columns: table => new
                {
                    MembersHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Members = table.Column<string>(type: "text", nullable: false),
                    ChatId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_app_chats", x => x.MembersHash);
                });

            migrationBuilder.CreateTable(
                name: "reminder_jobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BookingId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DueAtMs = table.Column<long>(type: "bigint", nullable: false),
                    NotBeforeMs = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ClaimToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ClaimedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntilMs = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reminder_meetings",
                columns: table => new
                {
                    BookingId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    MeetingRoomId = table.Column<int>(type: "integer", nullable: false),
                    RoomName = table.Column<string>(type: "text", nullable: false),
                    RoomLocation = table.Column<string>(type: "text", nullable: false),
                    StartMs = table.Column<long>(type: "bigint", nullable: false),
                    EndMs = table.Column<long>(type: "bigint", nullable: false),
                    Booker = table.Column<string>(type: "text", nullable: false),
                    Attendees = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: true),
                    ReminderGroup = table.Column<string>(type: "text", nullable: true),
                    Language = table.Column<int>(type: "integer", nullable: false),
                    CheckedInBy = table.Column<string>(type: "text", nullable: true),
                    CheckedInAtMs = table.Column<long>(type: "bigint", nullable: true),
                    ReleasedAtMs = table.Column<long>(type: "bigint", nullable: true),
                    ReleasedBy = table.Column<string>(type: "text", nullable: true),
                    CancelledAtMs = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_meetings", x => x.BookingId);
                });

            migrationBuilder.CreateTable(
                name: "reminder_webhook_groups",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegisteredBy = table.Column<string>(type: "text", nullable: false),
                    RegisteredAtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_webhook_groups", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "sent_cards",
                columns: table => new
                {
                    TaskId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Language = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    BookingId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    MeetingRoomId = table.Column<int>(type: "integer", nullable: true),
                    Booker = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StartTime = table.Column<long>(type: "bigint", nullable: true),
                    EndTime = table.Column<long>(type: "bigint", nullable: true),
                    RequestJson = table.Column<string>(type: "text", nullable: true),
                    ChoiceKeys = table.Column<string>(type: "text", nullable: true),
                    ResponseCode = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sent_cards", x => x.TaskId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_processed_callbacks_started_at",
                table: "processed_callbacks",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "IX_reminder_jobs_BookingId",
                table: "reminder_jobs",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_reminder_jobs_ClaimToken",
                table: "reminder_jobs",
                column: "ClaimToken");

            migrationBuilder.CreateIndex(
                name: "IX_reminder_jobs_NotBeforeMs",
                table: "reminder_jobs",
                column: "NotBeforeMs");

            migrationBuilder.CreateIndex(
                name: "IX_reminder_meetings_EndMs",
                table: "reminder_meetings",
                column: "EndMs");

            migrationBuilder.CreateIndex(
                name: "IX_sent_cards_Booker_CreatedAt",
                table: "sent_cards",
                columns: new[] { "Booker", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sent_cards_BookingId",
                table: "sent_cards",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_sent_cards_UserId_CreatedAt",
                table: "sent_cards",
                columns: new[] { "UserId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pending_questions");

            migrationBuilder.DropTable(
                name: "processed_callbacks");

            migrationBuilder.DropTable(
                name: "reminder_app_chats");

            migrationBuilder.DropTable(
                name: "reminder_jobs");

            migrationBuilder.DropTable(
                name: "reminder_meetings");

            migrationBuilder.DropTable(
                name: "reminder_webhook_groups");

            migrationBuilder.DropTable(
                name: "sent_cards");
        }
    }
}
