namespace OrleansBroker.Bench.Workloads;

/// <summary>What one run of <see cref="ManyPartitionsWorkload"/> measured; memory is the silo's settled resident set.</summary>
/// <param name="Create">Time to create every topic through the SDK admin, one request after another.</param>
/// <param name="Activate">Time to produce one record to every partition and read each back.</param>
/// <param name="StartedBytes">Resident bytes of the started silo before any topic exists.</param>
/// <param name="CreatedBytes">Resident bytes once the topics exist (no partition touched yet).</param>
/// <param name="ActiveBytes">Resident bytes with every partition active: its grain activated and its log open.</param>
internal sealed record ManyPartitionsRun(TimeSpan Create, TimeSpan Activate, long StartedBytes, long CreatedBytes, long ActiveBytes);
