import Benchmark
import ConformCore

/// Validation throughput on the instances `Benchmarks/validation/prepare.py` writes (the
/// same ones `bench_jsonschema_rs.py` gives jsonschema-rs): Stripe's fixtures against their
/// component schemas (OpenAPI 3.0) and one Dodo checkout request (3.1, draft 2020-12).
/// Each iteration validates every instance `rounds` times, at least 1,000 validations, so that
/// the harness's cost per iteration does not count against one instance (Dodo has one); the
/// `instances` metric says how many.
func validationBenchmarks() {
    let sets = [
        ("Stripe fixtures", "stripe-spec3-2023-09-12.yaml", "stripe-cases.json"),
        ("Dodo request", "dodopayments-openapi.documented.yml", "dodo-cases.json"),
    ]
    for (label, spec, cases) in sets {
        guard let specPath = BenchmarkData.vendor(spec), let casesPath = BenchmarkData.prepared(cases) else { continue }
        let setup = { try ValidationSet(spec: specPath, cases: casesPath) }
        let configuration = Benchmark.Configuration(metrics: Benchmark.defaultConfiguration.metrics + [.instances])
        // isValid through a compiled schema, as jsonschema-rs compiles a validator once.
        Benchmark("validation isValid \(label)", configuration: configuration) { benchmark, set in
            for _ in benchmark.scaledIterations {
                for _ in 0..<set.rounds { for (schema, instance) in set.compiled { blackHole(schema.isValid(instance)) } }
                benchmark.measurement(.instances, set.rounds * set.compiled.count)
            }
        } setup: { try setup() }
        Benchmark("validation all errors \(label)", configuration: configuration) { benchmark, set in
            for _ in benchmark.scaledIterations {
                for _ in 0..<set.rounds { for (schema, instance) in set.compiled { blackHole(schema.validate(instance)) } }
                benchmark.measurement(.instances, set.rounds * set.compiled.count)
            }
        } setup: { try setup() }
        // The `SchemaValidator` API, which looks the schema up in its cache on every call.
        Benchmark("validation isValid by pointer \(label)", configuration: configuration) { benchmark, set in
            for _ in benchmark.scaledIterations {
                for _ in 0..<set.rounds {
                    for (pointer, instance) in set.pairs { blackHole(set.validator.isValid(instance, against: pointer)) }
                }
                benchmark.measurement(.instances, set.rounds * set.pairs.count)
            }
        } setup: { try setup() }
    }
}

extension BenchmarkMetric {
    /// Instances (or cases, records) one iteration handles: rate = instances / wall time.
    static let instances = BenchmarkMetric.custom("instances", polarity: .prefersLarger, useScalingFactor: false)
}

/// A vendor spec's validator with the `[schema name, instance]` pairs prepared for it.
struct ValidationSet: Sendable {
    let validator: SchemaValidator
    let pairs: [(DocumentPointer, JSONValue)]
    let compiled: [(CompiledSchema, JSONValue)]
    /// Passes over the instances per iteration: at least 1,000 validations.
    var rounds: Int { max(1, (1_000 + pairs.count - 1) / max(pairs.count, 1)) }

    init(spec: String, cases: String) throws {
        let documents = try DocumentSet.openAPI(spec, from: BenchmarkData.BenchmarkFiles())
        // OAS 3.0.3's reading of `nullable`, as prepare.py converts it for jsonschema-rs: both
        // then find the same fixtures valid (the lenient reading accepts more of them).
        let validator = SchemaValidator(documents: documents, nullable: .specification)
        let pairs = try (DocumentLoader.load(path: cases).root.arrayValue ?? []).map { pair in
            guard let name = pair.arrayValue?.first?.stringValue, let instance = pair.arrayValue?.last else {
                throw BenchmarkInputError(message: "\(cases): expected [schema name, instance] pairs")
            }
            let schema = JSONPointer(tokens: ["components", "schemas", name])
            return (DocumentPointer(file: documents.rootFile, pointer: schema), instance)
        }
        self.validator = validator
        self.pairs = pairs
        compiled = pairs.map { (validator.compile($0.0), $0.1) }
    }
}

/// A benchmark input that does not have the expected shape.
struct BenchmarkInputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
