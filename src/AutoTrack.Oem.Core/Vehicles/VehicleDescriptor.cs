using AutoTrack.Oem.Internal;

namespace AutoTrack.Oem;

/// <summary>
/// A vehicle as far as its maintenance schedule is concerned: market, make, model, model year and trim,
/// optionally engine, drivetrain, transmission and VIN. Names are canonicalised on creation ("chevy f150"
/// becomes Chevrolet F-150) and the manufacturer is derived from the make.
/// </summary>
/// <remarks>Create one with <see cref="Create"/> and refine it with <c>with</c>:
/// <code>var car = VehicleDescriptor.Create(2021, "Toyota", "Camry") with { Trim = TrimSelector.Named("LE") };</code>
/// </remarks>
public sealed record VehicleDescriptor
{
    /// <summary>The earliest model year accepted.</summary>
    public const int MinimumYear = 1981;

    private VehicleDescriptor(int year, string make, string model)
    {
        Year = year;
        Make = make;
        Model = model;
    }

    /// <summary>The market (US by default).</summary>
    public Market Market { get; init; } = Market.US;

    /// <summary>The model year.</summary>
    public int Year { get; }

    /// <summary>The canonical make ("Chevrolet").</summary>
    public string Make { get; }

    /// <summary>The canonical model ("F-150").</summary>
    public string Model { get; }

    /// <summary>The trim; <see cref="TrimSelector.Unknown"/> unless set.</summary>
    public TrimSelector Trim { get; init; }

    /// <summary>Engine, as printed ("2.5L", "3.5L V6", "hybrid"), when known.</summary>
    public string? Engine { get; init; }

    /// <summary>Drivetrain when known.</summary>
    public Drivetrain? Drivetrain { get; init; }

    /// <summary>Transmission when known.</summary>
    public TransmissionKind? Transmission { get; init; }

    /// <summary>The VIN when known.</summary>
    public Vin? Vin { get; init; }

    /// <summary>The manufacturer (OEM group) that publishes this make's schedules ("General Motors" for a Chevrolet).</summary>
    public string Manufacturer => VehicleNames.ManufacturerOf(Make);

    /// <summary>The case-folded manufacturer key.</summary>
    public string ManufacturerKey => VehicleNames.ManufacturerKey(Manufacturer);

    /// <summary>The case-folded make key ("chevrolet").</summary>
    public string MakeKey => TextFolding.FoldKey(Make);

    /// <summary>The case-folded model key ("f-150").</summary>
    public string ModelKey => TextFolding.FoldKey(Model);

    /// <summary>Creates a descriptor with canonical names.</summary>
    /// <param name="year">Model year, from <see cref="MinimumYear"/> to two years after the current one.</param>
    /// <param name="make">Make, any case or alias ("chevy").</param>
    /// <param name="model">Model, any case or alias ("f150").</param>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is implausible.</exception>
    public static VehicleDescriptor Create(int year, string make, string model)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinimumYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        return new VehicleDescriptor(year, VehicleNames.CanonicalMake(make), VehicleNames.CanonicalModel(model));
    }

    /// <summary>The vehicle's identity as stored: market, manufacturer, make, model, year and trim keys.</summary>
    public string Key => string.Join('|', Market.ToString(), ManufacturerKey, MakeKey, ModelKey, Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Trim.Key);

    /// <inheritdoc />
    public override string ToString() =>
        Trim.Name is null ? $"{Year} {Make} {Model}" : $"{Year} {Make} {Model} {Trim.Name}";
}
