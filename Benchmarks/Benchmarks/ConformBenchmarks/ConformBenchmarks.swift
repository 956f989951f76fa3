import Benchmark
import Foundation

/// Every in-process benchmark of conform; the plugin's generated `main` runs them.
///
/// `BENCH_QUICK=1` caps each benchmark at a few iterations (compare.sh's smoke run).
import Foundation

let benchmarks: @Sendable () -> Void = {
    let quick = ProcessInfo.processInfo.environment["BENCH_QUICK"] == "1"
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: quick ? 0 : 1,
        maxDuration: .seconds(quick ? 2 : 10),
        maxIterations: quick ? 3 : 20)
    loadingBenchmarks()
    validationBenchmarks()
    generationBenchmarks()
    goldenBenchmarks()
    driftBenchmarks()
}
