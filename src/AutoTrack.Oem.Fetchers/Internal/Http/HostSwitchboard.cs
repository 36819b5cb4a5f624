using System.Collections.Concurrent;
using AutoTrack.Oem.Fetchers.Http;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Internal.Http;

/// <summary>The default <see cref="IHostSwitchboard"/>, seeded from <see cref="OemHttpOptions"/>.</summary>
internal sealed class HostSwitchboard : IHostSwitchboard
{
    private readonly ConcurrentDictionary<string, bool> _disabled = new(StringComparer.OrdinalIgnoreCase);

    public HostSwitchboard(IOptions<OemHttpOptions> options)
    {
        foreach (var host in options.Value.DisabledHosts)
        {
            _disabled[host] = true;
        }

        foreach (var (host, policy) in options.Value.Hosts)
        {
            if (policy.Disabled)
            {
                _disabled[host] = true;
            }
        }
    }

    public void Disable(string host)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        _disabled[host] = true;
    }

    public void Enable(string host)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        _disabled.TryRemove(host, out _);
    }

    public bool IsDisabled(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return _disabled.ContainsKey(host);
    }
}
