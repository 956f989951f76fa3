// Loads a file RUNS times (default 5) and prints each time and the median, in seconds;
// any third argument also prints the warnings.
import ConformCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: LoaderBenchmark FILE [RUNS]")
    exit(2)
}
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
var times: [Double] = []
for _ in 0..<runs {
    let start = now()
    do {
        let document = try DocumentLoader.load(path: arguments[1])
        times.append(now() - start)
        if times.count == 1 {
            print("root members: \(document.root.objectValue?.count ?? 0), warnings: \(document.warnings.count)")
            if arguments.count > 3 { document.warnings.forEach { print($0) } }
        }
    } catch {
        print(error)
        exit(1)
    }
}
for time in times { print(String(format: "%.4f", time)) }
print("median: " + String(format: "%.4f", times.sorted()[times.count / 2]))
