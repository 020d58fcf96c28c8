using Probity.Core.Datasets;
using Probity.Data.Datasets;

namespace Probity.Data.Tests;

/// <summary>A stored token the exchange format does not know is refused, never read as some default.</summary>
public class StoredTokensTests
{
    [Fact]
    public void Known_tokens_read_back()
    {
        Assert.Equal(PanelMove.Up, StoredTokens.ParseMove("up"));
        Assert.Equal(PanelMove.Down, StoredTokens.ParseMove("down"));
        Assert.Equal(DecisionBasis.UnpaidWorkQualitative, StoredTokens.ParseBasis("unpaid-work-qualitative"));
        Assert.Equal(PracticeKind.Poor, StoredTokens.ParseKind("poor"));
    }

    [Theory]
    [InlineData("sideways")]
    [InlineData("UP")]
    [InlineData("")]
    public void An_unknown_move_is_refused(string token)
    {
        var refused = Assert.Throws<StoreException>(() => StoredTokens.ParseMove(token));
        Assert.Equal($"the database holds \"{token}\" as a panel move, which is not one of up, down", refused.Message);
    }

    [Fact]
    public void An_unknown_basis_or_kind_is_refused()
    {
        Assert.Throws<StoreException>(() => StoredTokens.ParseBasis("qualitative"));
        Assert.Throws<StoreException>(() => StoredTokens.ParseKind("great"));
    }
}
