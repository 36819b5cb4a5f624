using System.Text;
using LinqToDB;
using LinqToDB.Data;

namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>A parameterised SQL text built up piece by piece: values become numbered parameters, never text.</summary>
internal sealed class SqlBatch
{
    private readonly StringBuilder _sql = new();
    private readonly List<DataParameter> _parameters = [];

    public int ParameterCount => _parameters.Count;

    public bool IsEmpty => _sql.Length == 0;

    public SqlBatch Sql(string text)
    {
        _sql.Append(text);
        return this;
    }

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public string P(object? value, DataType type = DataType.Undefined)
    {
        var name = "p" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _parameters.Add(new DataParameter(name, value, type));
        return "@" + name;
    }

    public Task<int> ExecuteAsync(DataConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(_sql.ToString(), cancellationToken, [.. _parameters]);

    public Task<List<T>> QueryAsync<T>(DataConnection connection, CancellationToken cancellationToken) =>
        connection.QueryToListAsync<T>(_sql.ToString(), cancellationToken, [.. _parameters]);

    public override string ToString() => _sql.ToString();
}
