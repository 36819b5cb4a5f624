namespace AutoTrack.Oem.Hosting;

/// <summary>The vehicles the job keeps schedules for (<c>supported_vehicle_catalog</c>).</summary>
public interface IVehicleCatalog
{
    /// <summary>Adds vehicles that are not in the catalog yet; returns how many were new.</summary>
    Task<int> AddAsync(IEnumerable<VehicleDescriptor> vehicles, CancellationToken cancellationToken = default);

    /// <summary>The enabled vehicles, ordered by manufacturer, make, model and year.</summary>
    Task<IReadOnlyList<VehicleDescriptor>> ListAsync(CancellationToken cancellationToken = default);
}
