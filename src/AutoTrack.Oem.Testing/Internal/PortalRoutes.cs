using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// Sample owner-portal pages for every catalog vehicle, addressed by model year and the make and model slugs
/// (lower case, spaces as hyphens: "/portal/static/2021/hyundai/santa-fe.html"):
/// <list type="bullet">
/// <item>/portal/static/… .html: the maintenance table is in the HTML;</item>
/// <item>/portal/static-drift/… .html: the same page after a redesign, without the table;</item>
/// <item>/portal/js/… .html: a "Maintenance schedule" section that, when clicked, fetches
/// /portal/api/… .json (answered after a 300-800 ms delay) and renders the table into the DOM;</item>
/// <item>/portal/js-stall/… .html: the same page whose API call (/portal/api-stall/… .json) never completes.</item>
/// </list>
/// Pages (GET and HEAD) and the page API carry a strong ETag (the quoted SHA-256 of the body) and Last-Modified and
/// answer conditional requests with 304. The scripted page names its data with a version ("?v=…"), so its ETag changes
/// when the schedule does.
/// </summary>
internal static class PortalRoutes
{
    private const string HtmlType = "text/html; charset=utf-8";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder app, SampleCatalog catalog, DateTimeOffset lastModified)
    {
        var samples = catalog.Vehicles
            .DistinctBy(v => Key(v.Vehicle.Year, Slug(v.Vehicle.Make), Slug(v.Vehicle.Model)), StringComparer.Ordinal)
            .ToFrozenDictionary(v => Key(v.Vehicle.Year, Slug(v.Vehicle.Make), Slug(v.Vehicle.Model)), StringComparer.Ordinal);
        string[] getOrHead = [HttpMethods.Get, HttpMethods.Head];
        Task Page(HttpContext context, int year, string make, string model, Func<SampleVehicle, string> render) =>
            samples.GetValueOrDefault(Key(year, make, model)) is { } sample
                ? ConditionalGet.ServeAsync(context, SimulatedDocument.Create(Encoding.UTF8.GetBytes(render(sample)), HtmlType, lastModified))
                : NotFound().ExecuteAsync(context);

        app.MapMethods("/portal/static/{year:int}/{make}/{model}.html", getOrHead, (HttpContext context, int year, string make, string model) =>
            Page(context, year, make, model, sample => StaticPage(sample, withTable: true)));
        app.MapMethods("/portal/static-drift/{year:int}/{make}/{model}.html", getOrHead, (HttpContext context, int year, string make, string model) =>
            Page(context, year, make, model, sample => StaticPage(sample, withTable: false)));
        app.MapMethods("/portal/js/{year:int}/{make}/{model}.html", getOrHead, (HttpContext context, int year, string make, string model) =>
            Page(context, year, make, model, sample => ScriptedPage(sample, "/portal/api/", lastModified)));
        app.MapMethods("/portal/js-stall/{year:int}/{make}/{model}.html", getOrHead, (HttpContext context, int year, string make, string model) =>
            Page(context, year, make, model, sample => ScriptedPage(sample, "/portal/api-stall/", lastModified)));
        app.MapGet("/portal/api/{year:int}/{make}/{model}.json", async (int year, string make, string model, HttpContext context) =>
        {
            if (samples.GetValueOrDefault(Key(year, make, model)) is not { } sample)
            {
                await NotFound().ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            // A slow back end: the page must wait for the response, not for a fixed time.
            await Task.Delay(TimeSpan.FromMilliseconds(300 + (year % 6 * 100)), context.RequestAborted).ConfigureAwait(false);
            await ConditionalGet.ServeAsync(context, PortalData(sample, lastModified)).ConfigureAwait(false);
        });
        app.MapGet("/portal/api-stall/{year:int}/{make}/{model}.json", async (HttpContext context) =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(false);
            return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
        });
    }

    /// <summary>The slug of a make or model in portal addresses ("Santa Fe" is "santa-fe").</summary>
    public static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    private static string Key(int year, string makeSlug, string modelSlug) => string.Create(CultureInfo.InvariantCulture, $"{year}/{makeSlug}/{modelSlug}");

    /// <summary>The rows the scripted page loads, as JSON.</summary>
    private static SimulatedDocument PortalData(SampleVehicle sample, DateTimeOffset lastModified) => SimulatedDocument.Create(
        JsonSerializer.SerializeToUtf8Bytes(new { title = sample.Schedule.Title, rows = PortalRows.From(sample.Schedule) }, Json),
        "application/json; charset=utf-8", lastModified);

    private static IResult NotFound() => Results.Text("404 Not Found: no sample portal page here\n", "text/plain; charset=utf-8", null, StatusCodes.Status404NotFound);

    private static string StaticPage(SampleVehicle sample, bool withTable)
    {
        var html = Head(sample.Schedule.Title);
        html.Append("<section class=\"maintenance\"><h2>Maintenance schedule</h2>\n");
        if (withTable)
        {
            html.Append("<table id=\"maintenance-schedule\"><thead><tr><th>Service</th><th>Interval</th><th>Driving conditions</th><th>Note</th></tr></thead><tbody>\n");
            foreach (var row in PortalRows.From(sample.Schedule))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.Service)}</td><td>{E(row.Interval)}</td><td>{E(row.Conditions)}</td><td>{E(row.Note)}</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }
        else
        {
            html.Append("<p>Ask your dealer for your vehicle's maintenance schedule.</p>\n");
        }

        html.Append("</section>\n</body></html>\n");
        return html.ToString();
    }

    private static string ScriptedPage(SampleVehicle sample, string apiRoot, DateTimeOffset lastModified)
    {
        // The data address carries the data's version, as deployed portals' cache-busting URLs do: when the schedule
        // changes, so do the page's bytes and therefore its ETag.
        var v = sample.Vehicle;
        var version = PortalData(sample, lastModified).ETag.Trim('"')[..16];
        var api = string.Create(CultureInfo.InvariantCulture, $"{apiRoot}{v.Year}/{Slug(v.Make)}/{Slug(v.Model)}.json?v={version}");
        var html = Head(sample.Schedule.Title);
        html.Append(CultureInfo.InvariantCulture, $$"""
            <section class="maintenance">
            <button id="maintenance-toggle" type="button" aria-expanded="false" data-api="{{E(api)}}">Maintenance schedule</button>
            <div id="maintenance-body" hidden></div>
            </section>
            <script>
            document.getElementById('maintenance-toggle').addEventListener('click', async function () {
              const body = document.getElementById('maintenance-body');
              this.setAttribute('aria-expanded', 'true');
              body.hidden = false;
              body.textContent = 'Loading\u2026';
              const response = await fetch(this.dataset.api, { headers: { 'Accept': 'application/json' } });
              const data = await response.json();
              const table = document.createElement('table');
              table.id = 'maintenance-schedule';
              const head = table.createTHead().insertRow();
              for (const name of ['Service', 'Interval', 'Driving conditions', 'Note']) {
                const th = document.createElement('th');
                th.textContent = name;
                head.appendChild(th);
              }
              const rows = table.createTBody();
              for (const item of data.rows) {
                const tr = rows.insertRow();
                for (const text of [item.service, item.interval, item.conditions, item.note]) {
                  tr.insertCell().textContent = text;
                }
              }
              body.replaceChildren(table);
            });
            </script>
            </body></html>

            """);
        return html.ToString();
    }

    private static StringBuilder Head(string title) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{E(title)}</title></head><body>\n")
        .Append(CultureInfo.InvariantCulture, $"<p class=\"sample-label\">{E(SampleSchedule.SampleLabel)}</p>\n<h1>{E(title)}</h1>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
