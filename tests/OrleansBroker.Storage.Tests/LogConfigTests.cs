using OrleansBroker.Records;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// LogConfig: the defaults are Kafka's; Validate accepts the boundary values and rejects anything past them with
/// ErrorCode.InvalidConfig naming the setting; Open and UpdateConfig validate before they change anything, and a valid
/// UpdateConfig applies from the next append.
/// </summary>
public sealed class LogConfigTests : FileLogTestBase
{
    [Fact]
    public void Defaults_AreKafkasTopicDefaults()
    {
        var config = new LogConfig();

        Assert.Equal(
            (1_073_741_824, 604_800_000L, 604_800_000L, -1L, 1_048_588, 4096, long.MaxValue, long.MaxValue, TimestampType.CreateTime),
            (config.SegmentBytes, config.SegmentMs, config.RetentionMs, config.RetentionBytes, config.MaxMessageBytes,
             config.IndexIntervalBytes, config.FlushMessages, config.FlushMs, config.TimestampType));
        config.Validate();
    }

    [Fact]
    public void Validate_BoundaryValues_AreAccepted() =>
        new LogConfig
        {
            SegmentBytes = 14, SegmentMs = 1, RetentionMs = -1, RetentionBytes = -1, MaxMessageBytes = 61,
            IndexIntervalBytes = 0, FlushMessages = 1, FlushMs = 0,
        }.Validate();

    [Theory]
    [InlineData("segment.bytes", 13)]
    [InlineData("segment.ms", 0)]
    [InlineData("retention.ms", -2)]
    [InlineData("retention.bytes", -2)]
    [InlineData("max.message.bytes", 60)]
    [InlineData("index.interval.bytes", -1)]
    [InlineData("flush.messages", 0)]
    [InlineData("flush.ms", -1)]
    public void Validate_ValuePastItsBound_ThrowsInvalidConfigNamingTheSetting(string setting, long value)
    {
        var error = Assert.Throws<BrokerException>(With(setting, value).Validate);

        Assert.Equal(ErrorCode.InvalidConfig, error.Code);
        Assert.Contains($"Invalid value {value} for configuration {setting}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_InvalidConfig_ThrowsBeforeCreatingTheDirectory()
    {
        var directory = PathOf("never-created");

        var error = Assert.Throws<BrokerException>(() => Open(With("segment.bytes", 0), new FileLogDirectory(directory)));

        Assert.Equal(ErrorCode.InvalidConfig, error.Code);
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public void UpdateConfig_Invalid_ThrowsAndKeepsThePreviousConfig()
    {
        var config = new LogConfig { SegmentBytes = 1000 };
        var log = Open(config);

        Assert.Equal(ErrorCode.InvalidConfig, Assert.Throws<BrokerException>(() => log.UpdateConfig(With("flush.ms", -5))).Code);

        Assert.Same(config, log.Config);
    }

    [Fact]
    public void UpdateConfig_Valid_AppliesFromTheNextAppend()
    {
        var log = Open();
        log.AppendRecords(2);

        log.UpdateConfig(new LogConfig { SegmentBytes = 14 });
        log.AppendRecords(2);

        Assert.Equal((2, 14), (log.SegmentCount, log.Config.SegmentBytes));
    }

    private static LogConfig With(string setting, long value) => setting switch
    {
        "segment.bytes" => new LogConfig { SegmentBytes = (int)value },
        "segment.ms" => new LogConfig { SegmentMs = value },
        "retention.ms" => new LogConfig { RetentionMs = value },
        "retention.bytes" => new LogConfig { RetentionBytes = value },
        "max.message.bytes" => new LogConfig { MaxMessageBytes = (int)value },
        "index.interval.bytes" => new LogConfig { IndexIntervalBytes = (int)value },
        "flush.messages" => new LogConfig { FlushMessages = value },
        "flush.ms" => new LogConfig { FlushMs = value },
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, "Not a LogConfig setting."),
    };
}
