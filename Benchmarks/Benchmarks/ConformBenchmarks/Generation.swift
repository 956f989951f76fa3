import Benchmark
import ConformCore

/// Case generation for the four seed specs: every coverage case plus 20 seeded random cases
/// per operation, each self-checked by the validator; a fresh validator and generator per
/// iteration, so schema compilation is counted. Loading is not.
func generationBenchmarks() {
    let configuration = Benchmark.Configuration(metrics: Benchmark.defaultConfiguration.metrics + [.instances])
    Benchmark("generation seed specs (coverage + 20 random per operation)", configuration: configuration) {
        benchmark, documents in
        for _ in benchmark.scaledIterations {
            var cases = 0
            for document in documents {
                let generator = CaseGenerator(
                    document: document, validator: SchemaValidator(documents: document.documents),
                    options: .init(seed: 1, randomCount: 20))
                cases += generator.allCases().cases.count
            }
            benchmark.measurement(.instances, cases)
        }
    } setup: {
        BenchmarkData.seedSpecs.map(BenchmarkData.document)
    }
}
