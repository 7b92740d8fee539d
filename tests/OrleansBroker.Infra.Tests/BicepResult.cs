namespace OrleansBroker.Infra.Tests;

/// <summary>What one run of the Bicep CLI produced.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="StandardOutput">Everything written to stdout.</param>
/// <param name="StandardError">Everything written to stderr: Bicep's warnings and errors go here.</param>
internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError);
