using QaBot.Core.Indexing;

namespace QaBot.Core.Tests.Indexing;

public sealed class GroupValueTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(1, false)]
    [InlineData(123_456_789_012, false)]
    [InlineData(long.MaxValue >> 1, true)]
    public void Decode_EncodedValue_GivesBackGroupAndCanonical(long group, bool canonical)
    {
        var value = new GroupValue(group, canonical);

        Assert.Equal(value, GroupValue.Decode(value.Encoded));
    }

    [Fact]
    public void Decode_Zero_IsAloneAndCanonical()
    {
        // What a document holds before regrouping, and what doc values give for one without a value.
        Assert.Equal(0, GroupValue.Alone.Encoded);
        Assert.Equal(new GroupValue(0, true), GroupValue.Decode(0));
    }

    [Fact]
    public void Encoded_MembersOfOneGroup_Differ()
    {
        Assert.NotEqual(new GroupValue(7, true).Encoded, new GroupValue(7, false).Encoded);
        Assert.NotEqual(new GroupValue(7, false).Encoded, new GroupValue(8, true).Encoded);
    }

    [Fact]
    public void Read_IndexWithoutTheField_IsAlone()
    {
        Assert.Equal(GroupValue.Alone, GroupValue.Read(null, 12));
    }
}
