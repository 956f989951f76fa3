// Generates (and so self-checks) every coverage case plus RANDOM random cases per operation
// of SPEC, RUNS times (default 3, 20 random), each run with a fresh validator and generator so
// schema compilation is counted; prints each run and the median: time, cases, cases per second.
// Loading the document is timed once, apart. Times are wall clock, with the process's CPU time
// beside them (on a busy machine the wall time includes waiting for a core).
import ConformCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func clock(_ id: clockid_t) -> Double {
    var spec = timespec()
    clock_gettime(id, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Wall-clock seconds.
func now() -> Double { clock(CLOCK_MONOTONIC) }

/// CPU seconds of this process: on a shared, loaded machine the honest companion of wall time.
func cpu() -> Double { clock(CLOCK_PROCESS_CPUTIME_ID) }

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: generation-bench SPEC [RUNS] [RANDOM]")
    exit(2)
}
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
let random = arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20

let loadStart = now()
let document: Document
do {
    document = try Document(path: arguments[1])
} catch {
    print(error)
    exit(2)
}
print(String(format: "load: %.3f s, %d operations", now() - loadStart, document.operations.count))

var results: [(time: Double, cpu: Double, cases: Int, dropped: Int)] = []
for run in 1...runs {
    let start = now()
    let startCPU = cpu()
    let generator = CaseGenerator(
        document: document, validator: SchemaValidator(documents: document.documents),
        options: .init(seed: 1, randomCount: random))
    let result = generator.allCases()
    let time = now() - start
    let cpuTime = cpu() - startCPU
    results.append((time, cpuTime, result.cases.count, result.diagnostics.count))
    print(String(format: "run %d: %.3f s (cpu %.3f s), %d cases (%.0f cases/s), %d dropped",
        run, time, cpuTime, result.cases.count, Double(result.cases.count) / time, result.diagnostics.count))
}
let median = results.sorted { $0.time < $1.time }[results.count / 2]
let medianCPU = results.map(\.cpu).sorted()[results.count / 2]
print(String(format: "median: %.3f s (cpu %.3f s), %d cases, %.0f cases/s",
    median.time, medianCPU, median.cases, Double(median.cases) / median.time))
