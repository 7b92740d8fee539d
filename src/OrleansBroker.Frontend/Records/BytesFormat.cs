using System.Text.Json.Serialization;

namespace OrleansBroker.Frontend.Records;

/// <summary>How a key, value or header value is written as text, in either direction.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BytesFormat>))]
public enum BytesFormat
{
    /// <summary>UTF-8 text; bytes that are not valid UTF-8 are shown as base64 instead.</summary>
    [JsonStringEnumMemberName("text")]
    Text,

    /// <summary>Lower-case hexadecimal, two digits a byte.</summary>
    [JsonStringEnumMemberName("hex")]
    Hex,

    /// <summary>Standard base64 with padding.</summary>
    [JsonStringEnumMemberName("base64")]
    Base64,
}
