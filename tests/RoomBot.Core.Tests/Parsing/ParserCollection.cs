namespace RoomBot.Core.Tests.Parsing;

/// <summary>Shares one warmed <see cref="ParserFixture"/> across the parsing test classes.</summary>
[CollectionDefinition(Name)]
public sealed class ParserCollection : ICollectionFixture<ParserFixture>
{
    public const string Name = "parser";
}
