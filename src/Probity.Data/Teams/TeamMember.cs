namespace Probity.Data.Teams;

/// <summary>What someone does on one inspection: leads it, assesses cases, or sits on its ratings panel.</summary>
public enum TeamRole { Lead, Inspector, PanelMember }

public static class TeamRoleNames
{
    private static readonly string[] Tokens = ["lead", "inspector", "panel-member"];
    private static readonly string[] Displays = ["Lead inspector", "Inspector", "Ratings panel member"];

    public static string Token(this TeamRole role) => Tokens[(int)role];
    public static string DisplayName(this TeamRole role) => Displays[(int)role];

    public static TeamRole Parse(string token)
    {
        var i = Array.IndexOf(Tokens, token);
        return i >= 0 ? (TeamRole)i : throw new StoreException($"unknown team role \"{token}\" in the database");
    }
}

/// <summary>One person on an inspection's team (someone with two roles is two members).</summary>
public sealed record TeamMember(string UserName, TeamRole Role)
{
    public string? DisplayName { get; init; }
}
