namespace AutoTrack.Oem.Testing;

/// <summary>The layouts the simulator can print a <see cref="SampleSchedule"/> in (<see cref="SampleVehicle.Style"/>).</summary>
public static class SampleDocumentStyles
{
    /// <summary>A Toyota-style Warranty &amp; Maintenance Guide: odometer milestone headings ("15,000 miles or
    /// 18 months") with bulleted items under each, and special operating conditions within a milestone.</summary>
    public const string ToyotaWarrantyGuide = "toyota-wmg";

    /// <summary>A Hyundai-style matrix: item rows, milestone columns ("Miles x 1,000" over "Months") holding
    /// I/R letters, a legend, and a second table of maintenance under severe usage conditions.</summary>
    public const string HyundaiMatrix = "hyundai-matrix";
}
