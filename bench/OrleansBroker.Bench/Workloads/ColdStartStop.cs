namespace OrleansBroker.Bench.Workloads;

/// <summary>How the silo went down before a cold start.</summary>
internal enum ColdStartStop
{
    /// <summary>SIGKILL, as a crash: the next start recovers the active segment's tail.</summary>
    Kill,

    /// <summary>SIGTERM, a clean shutdown: grains deactivate and logs close first.</summary>
    Terminate,
}
