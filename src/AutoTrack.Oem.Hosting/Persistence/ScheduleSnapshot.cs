using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>
/// The stored form of a normalized schedule (versions and quarantine rows): every service with its timing,
/// conditions, applicability, leads and first provenance, plus unrecognized wording. Round-trips to a
/// <see cref="NormalizedSchedule"/> with the same hash, so history can be diffed, validated and reverted.
/// </summary>
internal static class ScheduleSnapshot
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(NormalizedSchedule schedule) => JsonSerializer.Serialize(new SnapshotDto
    {
        NormalizerVersion = schedule.NormalizerVersion,
        Services = [.. schedule.Services.Select(ToDto)],
        Unrecognized = [.. schedule.Unrecognized.Select(u => u.Text)],
    }, Json);

    public static NormalizedSchedule Deserialize(string json)
    {
        var dto = JsonSerializer.Deserialize<SnapshotDto>(json, Json) ?? throw new InvalidDataException("Empty schedule snapshot.");
        return new NormalizedSchedule([.. dto.Services.Select(FromDto)])
        {
            NormalizerVersion = dto.NormalizerVersion,
            Unrecognized = [.. dto.Unrecognized.Select(t => new UnrecognizedItem(t, ScheduleShape.FixedInterval, "stored", new ServiceProvenance(t, null, null, SourceLocation.None)))],
        };
    }

    private static ServiceDto ToDto(ScheduleService s) => new()
    {
        Code = s.Code,
        Action = s.Action.Code(),
        IntervalMiles = s.Interval?.Miles,
        IntervalMonths = s.Interval?.Months,
        InitialMiles = s.Initial?.Miles,
        InitialMonths = s.Initial?.Months,
        MonitorKind = s.Monitor?.Kind,
        MonitorCapMiles = s.Monitor?.Cap?.Miles,
        MonitorCapMonths = s.Monitor?.Cap?.Months,
        TiedToCode = s.TiedTo?.Code,
        TiedToEvery = s.TiedTo?.Every,
        Conditions = [.. s.Conditions],
        Engine = s.Applicability.Engine,
        Drivetrain = s.Applicability.Drivetrain?.ToString(),
        Transmission = s.Applicability.Transmission?.ToString(),
        IfEquipped = s.Applicability.IfEquipped,
        LeadMiles = s.ReminderLead?.Miles,
        LeadDays = s.ReminderLead?.Days,
        SafetyCritical = s.SafetyCritical,
        OriginalText = s.Provenance.Count > 0 ? s.Provenance[0].OriginalText : null,
        Page = s.Provenance.Count > 0 ? s.Provenance[0].Location.Page : null,
    };

    private static ScheduleService FromDto(ServiceDto d) => new(d.Code, ServiceActionExtensions.ParseCode(d.Action))
    {
        Interval = Interval(d.IntervalMiles, d.IntervalMonths),
        Initial = Interval(d.InitialMiles, d.InitialMonths),
        Monitor = d.MonitorKind is null ? null : new ServiceMonitor(d.MonitorKind, Interval(d.MonitorCapMiles, d.MonitorCapMonths)),
        TiedTo = d.TiedToCode is null ? null : new ServiceTie(d.TiedToCode, d.TiedToEvery ?? 1),
        Conditions = d.Conditions,
        Applicability = new Applicability(
            d.Engine,
            d.Drivetrain is null ? null : Enum.Parse<Drivetrain>(d.Drivetrain),
            d.Transmission is null ? null : Enum.Parse<TransmissionKind>(d.Transmission),
            d.IfEquipped),
        ReminderLead = d.LeadMiles is null && d.LeadDays is null ? null : new ReminderLead(d.LeadMiles, d.LeadDays),
        SafetyCritical = d.SafetyCritical,
        Provenance = d.OriginalText is null ? [] : [new ServiceProvenance(d.OriginalText, null, null, new SourceLocation(d.Page))],
    };

    private static ServiceInterval? Interval(int? miles, int? months) => miles is null && months is null ? null : new ServiceInterval(miles, months);

    private sealed class SnapshotDto
    {
        public string NormalizerVersion { get; set; } = ScheduleNormalizer.Version;

        public List<ServiceDto> Services { get; set; } = [];

        public List<string> Unrecognized { get; set; } = [];
    }

    private sealed class ServiceDto
    {
        public string Code { get; set; } = string.Empty;

        public string Action { get; set; } = string.Empty;

        public int? IntervalMiles { get; set; }

        public int? IntervalMonths { get; set; }

        public int? InitialMiles { get; set; }

        public int? InitialMonths { get; set; }

        public string? MonitorKind { get; set; }

        public int? MonitorCapMiles { get; set; }

        public int? MonitorCapMonths { get; set; }

        public string? TiedToCode { get; set; }

        public int? TiedToEvery { get; set; }

        public List<string> Conditions { get; set; } = [];

        public string? Engine { get; set; }

        public string? Drivetrain { get; set; }

        public string? Transmission { get; set; }

        public bool IfEquipped { get; set; }

        public int? LeadMiles { get; set; }

        public int? LeadDays { get; set; }

        public bool SafetyCritical { get; set; }

        public string? OriginalText { get; set; }

        public int? Page { get; set; }
    }
}
