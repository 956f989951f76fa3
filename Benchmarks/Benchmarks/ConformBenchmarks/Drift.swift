import Benchmark
import ConformCore

/// Drift of Stripe's spec against the copy with 50 changes that
/// `Benchmarks/drift/modify-stripe.py` writes (compare.sh writes it first); both documents
/// are loaded once, so this is the comparison alone.
func driftBenchmarks() {
    guard let old = BenchmarkData.vendor("stripe-spec3-2023-09-12.yaml"), let new = BenchmarkData.driftCopy else {
        return
    }
    Benchmark("drift Stripe vs 50 changes", configuration: Benchmark.defaultConfiguration) { benchmark, documents in
        for _ in benchmark.scaledIterations { blackHole(await Drift.compare(old: documents.0, new: documents.1)) }
    } setup: {
        (BenchmarkData.document(old), BenchmarkData.document(new))
    }
}
