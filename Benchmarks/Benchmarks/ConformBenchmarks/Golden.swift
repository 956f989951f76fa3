import Benchmark
import ConformCore

/// Golden canonicalization: Stripe's fixtures normalized against their schemas (formats such
/// as `date-time` and `unix-time` become placeholders) and written as one golden file's
/// canonical JSON (sorted members), as `conform run` records them.
func goldenBenchmarks() {
    guard let spec = BenchmarkData.vendor("stripe-spec3-2023-09-12.yaml"),
        let cases = BenchmarkData.prepared("stripe-cases.json")
    else { return }
    let configuration = Benchmark.Configuration(metrics: Benchmark.defaultConfiguration.metrics + [.instances])
    Benchmark("golden canonicalization Stripe fixtures", configuration: configuration) { benchmark, set in
        let normalizer = Normalizer(rules: NormalizationRules(), documents: set.validator.documents)
        for _ in benchmark.scaledIterations {
            var records: [String: JSONValue] = [:]
            for (index, (schema, instance)) in set.pairs.enumerated() {
                records[String(index)] = normalizer.normalize(body: instance, schema: schema)
            }
            blackHole(GoldenFile(spec: "stripe", operation: "fixtures", cases: records).text)
            benchmark.measurement(.instances, records.count)
        }
    } setup: {
        try ValidationSet(spec: spec, cases: cases)
    }
}
