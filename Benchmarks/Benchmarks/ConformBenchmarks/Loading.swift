import Benchmark
import ConformCore

/// Loading and `$ref` resolution of the large vendor specs: the YAML or JSON read through
/// libyaml with positions, then the OpenAPI model with every operation.
func loadingBenchmarks() {
    let specs = [
        ("Stripe 4.2 MB YAML", "stripe-spec3-2023-09-12.yaml"), ("Gr4vy 2 MB JSON", "gr4vy-openapi.json"),
        ("Dodo YAML", "dodopayments-openapi.documented.yml"),
    ]
    for (label, file) in specs {
        guard let path = BenchmarkData.vendor(file) else { continue }
        Benchmark("load+resolve \(label)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(BenchmarkData.document(path)) }
        }
        Benchmark("load \(label)") { benchmark in
            for _ in benchmark.scaledIterations {
                do {
                    blackHole(try DocumentLoader.load(path: path))
                } catch {
                    benchmark.error("\(error)")
                }
            }
        }
    }
}
