using System.Globalization;

namespace AutoTrack.Oem.Tests.Vehicles;

public class VehicleDescriptorTests
{
    [Theory]
    [InlineData("chevy", "Chevrolet", "General Motors")]
    [InlineData("CHEVROLET", "Chevrolet", "General Motors")]
    [InlineData("GMC", "GMC", "General Motors")]
    [InlineData("buick", "Buick", "General Motors")]
    [InlineData("Cadillac", "Cadillac", "General Motors")]
    [InlineData("lexus", "Lexus", "Toyota")]
    [InlineData("Acura", "Acura", "Honda")]
    [InlineData("infiniti", "Infiniti", "Nissan")]
    [InlineData("Lincoln", "Lincoln", "Ford")]
    [InlineData("vw", "Volkswagen", "Volkswagen")]
    [InlineData("Mercedes", "Mercedes-Benz", "Mercedes-Benz")]
    [InlineData("Jeep", "Jeep", "Stellantis")]
    [InlineData("Zeekr", "Zeekr", "Zeekr")]
    public void Makes_are_aliased_and_mapped_to_their_manufacturer(string make, string canonical, string manufacturer)
    {
        var vehicle = VehicleDescriptor.Create(2022, make, "Anything");

        Assert.Equal(canonical, vehicle.Make);
        Assert.Equal(manufacturer, vehicle.Manufacturer);
        Assert.Equal(canonical.ToLowerInvariant(), vehicle.MakeKey);
    }

    [Theory]
    [InlineData("F150", "F-150")]
    [InlineData("f 150", "F-150")]
    [InlineData("F-150", "F-150")]
    [InlineData("crv", "CR-V")]
    [InlineData("CR V", "CR-V")]
    [InlineData("rav 4", "RAV4")]
    [InlineData("  Grand   Cherokee ", "Grand Cherokee")]
    [InlineData("Outback", "Outback")]
    [InlineData("Model\u2013X", "Model-X")]
    public void Models_are_aliased_and_folded(string model, string canonical)
    {
        var vehicle = VehicleDescriptor.Create(2021, "Ford", model);

        Assert.Equal(canonical, vehicle.Model);
        Assert.Equal(canonical.ToLowerInvariant(), vehicle.ModelKey);
    }

    [Fact]
    public void Keys_are_the_same_for_every_spelling_and_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            var a = VehicleDescriptor.Create(2021, "INFINITI", "QX60") with { Trim = TrimSelector.Named("LUXE") };
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var b = VehicleDescriptor.Create(2021, "infiniti", "qx60") with { Trim = TrimSelector.Named("luxe") };

            Assert.Equal(b.Key, a.Key);
            Assert.Equal("US|nissan|infiniti|qx60|2021|luxe", a.Key);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void All_trims_and_unknown_trim_are_distinct_explicit_values()
    {
        Assert.NotEqual(TrimSelector.All, TrimSelector.Unknown);
        Assert.Equal(TrimSelector.Unknown, default);
        Assert.True(TrimSelector.All.IsAll);
        Assert.True(TrimSelector.Unknown.IsUnknown);
        Assert.Equal(TrimSelector.AllKey, TrimSelector.All.Key);
        Assert.Equal(TrimSelector.UnknownKey, TrimSelector.Unknown.Key);
        Assert.NotEqual(TrimSelector.All.Key, TrimSelector.Named("All Wheel").Key);
        Assert.Equal(TrimSelector.Unknown, VehicleDescriptor.Create(2020, "Toyota", "Camry").Trim);
    }

    [Theory]
    [InlineData(null, TrimSelector.UnknownKey)]
    [InlineData("  ", TrimSelector.UnknownKey)]
    [InlineData("All", TrimSelector.AllKey)]
    [InlineData("all trims", TrimSelector.AllKey)]
    [InlineData("*", TrimSelector.AllKey)]
    [InlineData("XSE  V6", "xse v6")]
    public void Trim_input_is_parsed_to_explicit_values(string? input, string key)
    {
        Assert.Equal(key, TrimSelector.Parse(input).Key);
    }

    [Fact]
    public void Bad_input_gets_a_clear_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VehicleDescriptor.Create(1900, "Ford", "Model T"));
        Assert.Throws<ArgumentException>(() => VehicleDescriptor.Create(2021, " ", "F-150"));
        Assert.Throws<ArgumentException>(() => VehicleDescriptor.Create(2021, "Ford", ""));
        Assert.Throws<ArgumentException>(() => TrimSelector.Named(" "));
    }

    [Fact]
    public void Optional_details_are_set_with_with_expressions()
    {
        var vehicle = VehicleDescriptor.Create(2021, "Subaru", "Outback") with
        {
            Engine = "2.5L",
            Drivetrain = Drivetrain.AWD,
            Transmission = TransmissionKind.CVT,
            Vin = Vin.Parse("1HGCM82633A004352"),
            Trim = TrimSelector.Named("Limited"),
        };

        Assert.Equal("2021 Subaru Outback Limited", vehicle.ToString());
        Assert.Equal(Market.US, vehicle.Market);
        Assert.Equal("Subaru", vehicle.Manufacturer);
    }
}
