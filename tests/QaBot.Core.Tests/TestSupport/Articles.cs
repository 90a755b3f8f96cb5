namespace QaBot.Core.Tests.TestSupport;

/// <summary>Small made-up articles for tests that must not depend on the seed corpus.</summary>
public static class Articles
{
    public const string Volcano = """
        ---
        title: Volcano erupts near coastal town
        publisher: Island Herald
        published: 2021-03-04
        ---
        The Mount Karsa volcano erupted on Tuesday, sending ash four kilometres into the sky above the coastal town of Pelin.

        About 12,000 residents were evacuated by boat before the lava reached the harbour, the regional governor said.

        Scientists at the Karsa Observatory said the eruption was the largest since 1952 and warned of further tremors this week.
        """;

    public const string Orchard = """
        ---
        title: Apple harvest breaks records
        publisher: Valley Times
        published: 2020-10-12
        ---
        Farmers in the Redwater valley picked 48,000 tonnes of apples this autumn, a record for the region.

        Warm spring weather and new irrigation canals explained the rise, said orchard cooperative chair Mara Lindqvist.

        Export orders from neighbouring countries doubled, and the cooperative plans to build a second cold store next year.
        """;

    public const string Railway = """
        ---
        title: High-speed railway opens
        publisher: Transit Weekly
        published: 2019-06-30
        ---
        The new high-speed railway between Dornholm and Vessel Bay opened on Sunday, cutting the journey from five hours to ninety minutes.

        Trains will run every twenty minutes at up to 300 kilometres per hour, the operator said.

        The line cost 4.2 billion euros and took seven years to build.
        """;
}
