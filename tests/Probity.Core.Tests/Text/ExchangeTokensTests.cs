using System.Reflection;
using Probity.Core.Datasets;
using Probity.Core.Text;

namespace Probity.Core.Tests.Text;

public class ExchangeTokensTests
{
    private static IEnumerable<(string Name, object Map, Type Enum)> Maps() =>
        typeof(ExchangeTokens).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(TokenMap<>))
            .Select(f => (f.Name, f.GetValue(null)!, f.FieldType.GetGenericArguments()[0]));

    [Fact] // a value without a token would throw when written; two values with one token would read back wrong
    public void Every_enum_value_has_exactly_one_token_and_every_token_reads_back_to_its_value()
    {
        var maps = Maps().ToList();
        Assert.True(maps.Count >= 14, $"{maps.Count} maps");
        foreach (var (name, map, type) in maps)
        {
            var tokens = (IReadOnlyList<string>)map.GetType().GetProperty(nameof(TokenMap<PanelMove>.Tokens))!.GetValue(map)!;
            Assert.True(tokens.Distinct().Count() == tokens.Count, $"{name} repeats a token");
            Assert.True(Enum.GetValues(type).Length == tokens.Count, $"{name} has {tokens.Count} tokens for {Enum.GetValues(type).Length} values");
            var token = map.GetType().GetMethod(nameof(TokenMap<PanelMove>.Token))!;
            var tryParse = map.GetType().GetMethod(nameof(TokenMap<PanelMove>.TryParse))!;
            foreach (var value in Enum.GetValues(type))
            {
                var args = new object?[] { token.Invoke(map, [value]), null };
                Assert.True((bool)tryParse.Invoke(map, args)!, $"{name}: {args[0]}");
                Assert.Equal(value, args[1]);
            }
        }
    }

    [Theory]
    [InlineData("sideways")]
    [InlineData("Up")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_move_is_refused_not_read_as_down(string? token) =>
        Assert.False(ExchangeTokens.Moves.TryParse(token, out _));

    [Fact]
    public void The_panel_tokens_are_the_exchange_formats()
    {
        Assert.Equal("unpaid-work-qualitative", ExchangeTokens.Bases.Token(DecisionBasis.UnpaidWorkQualitative));
        Assert.Equal("discretion, unpaid-work-qualitative", ExchangeTokens.Bases.List);
        Assert.Equal("up, down", ExchangeTokens.Moves.List);
    }
}
