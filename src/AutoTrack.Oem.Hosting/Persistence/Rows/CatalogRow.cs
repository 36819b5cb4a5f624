using LinqToDB.Mapping;

namespace AutoTrack.Oem.Hosting.Persistence.Rows;

[Table("supported_vehicle_catalog")]
internal sealed class CatalogRow
{
    [Column("id"), PrimaryKey] public Guid Id { get; set; }
    [Column("market")] public string Market { get; set; } = "US";
    [Column("manufacturer")] public string Manufacturer { get; set; } = string.Empty;
    [Column("make")] public string Make { get; set; } = string.Empty;
    [Column("model")] public string Model { get; set; } = string.Empty;
    [Column("year")] public int Year { get; set; }
    [Column("trim")] public string Trim { get; set; } = string.Empty;
    [Column("vehicle_key")] public string VehicleKey { get; set; } = string.Empty;
    [Column("display_make")] public string DisplayMake { get; set; } = string.Empty;
    [Column("display_model")] public string DisplayModel { get; set; } = string.Empty;
    [Column("display_trim")] public string? DisplayTrim { get; set; }
    [Column("enabled")] public bool Enabled { get; set; } = true;
    [Column("last_checked_at")] public DateTimeOffset? LastCheckedAt { get; set; }
    [Column("created_at")] public DateTimeOffset CreatedAt { get; set; }
}
