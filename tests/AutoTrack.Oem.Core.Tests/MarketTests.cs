namespace AutoTrack.Oem.Tests;

public class MarketTests
{
    [Fact]
    public void US_is_the_default_market()
    {
        Assert.Equal(Market.US, default(Market));
    }
}
