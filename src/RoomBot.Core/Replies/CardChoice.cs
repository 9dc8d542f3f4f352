namespace RoomBot.Core.Replies;

/// <summary>One numbered choice of a choice card: its short button text, a line describing it, and the button's key.</summary>
public sealed record CardChoice(string Button, string Detail, string Key);
