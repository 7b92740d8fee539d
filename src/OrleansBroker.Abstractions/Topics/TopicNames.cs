using OrleansBroker.Records;

namespace OrleansBroker.Abstractions.Topics;

/// <summary>Kafka's rules for topic names: 1 to 249 characters of [a-zA-Z0-9._-], and not "." or "..".</summary>
public static class TopicNames
{
    /// <summary>The longest legal topic name.</summary>
    public const int MaxLength = 249;

    /// <summary>Throws <see cref="BrokerException"/> with <see cref="ErrorCode.InvalidTopic"/> when <paramref name="name"/> breaks the rules.</summary>
    public static void Validate(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw Invalid("Topic name is illegal, it can't be empty.");
        }

        if (name is "." or "..")
        {
            throw Invalid($"Topic name \"{name}\" is illegal, it can't be \".\" or \"..\".");
        }

        if (name.Length > MaxLength)
        {
            throw Invalid($"Topic name is illegal, it can't be longer than {MaxLength} characters (it has {name.Length}).");
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                throw Invalid($"Topic name \"{name}\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'.");
            }
        }
    }

    private static BrokerException Invalid(string message) => new(ErrorCode.InvalidTopic, message);
}
