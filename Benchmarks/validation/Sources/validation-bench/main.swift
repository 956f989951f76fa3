import ConformCore
import Foundation

// Validations per second of SchemaValidator on the data prepare.py writes; bench_jsonschema_rs.py
// measures jsonschema-rs on the same schemas and instances.

let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let data = here.appendingPathComponent("data")
let vendor = URL(
    fileURLWithPath: ProcessInfo.processInfo.environment["CONFORM_CORPUS"]
        ?? here.appendingPathComponent("../../../shared/corpus").standardized.path
).appendingPathComponent("vendor")

func measure(_ label: String, spec: String, cases: String, seconds: Double = 3) throws {
    // The vendor's own document, read by the project's loader; the cases from prepare.py.
    let loadStart = Date()
    let documents = try DocumentSet(path: vendor.appendingPathComponent(spec).path)
    let loadTime = Date().timeIntervalSince(loadStart)
    let file = documents.rootFile
    let validator = SchemaValidator(documents: documents, nullable: .specification)
    let pairs: [(DocumentPointer, JSONValue)] = (try DocumentLoader.load(path: data.appendingPathComponent(cases).path).root.arrayValue ?? []).map { pair in
        let name = pair.arrayValue![0].stringValue!
        return (DocumentPointer(file: file, pointer: JSONPointer(tokens: ["components", "schemas", name])), pair.arrayValue![1])
    }
    let compileStart = Date()
    let valid = pairs.filter { validator.isValid($0.1, against: $0.0) }.count
    let compileTime = Date().timeIntervalSince(compileStart)
    let lenient = SchemaValidator(documents: documents, nullable: .lenient)
    let validLenient = pairs.filter { lenient.isValid($0.1, against: $0.0) }.count
    // Compiled once per schema, as jsonschema-rs's validators are.
    let compiled = pairs.map { (validator.compile($0.0), $0.1) }
    var rates: [Double] = []
    for mode in ["handle", "handle-all", "pointer"] {
        var count = 0
        var sink = 0
        let start = Date()
        // BENCH_ROUNDS fixes the work (for instruction counts); otherwise run for `seconds`.
        while rounds.map({ count < $0 * pairs.count }) ?? (Date().timeIntervalSince(start) < seconds) {
            switch mode {
            case "handle":
                for (schema, instance) in compiled where schema.isValid(instance) { sink &+= 1 }
            case "handle-all":
                for (schema, instance) in compiled { sink &+= schema.validate(instance).count }
            default:
                for (pointer, instance) in pairs where validator.isValid(instance, against: pointer) { sink &+= 1 }
            }
            count += pairs.count
        }
        rates.append(Double(count) / Date().timeIntervalSince(start))
        precondition(sink >= 0)
    }
    print(
        "conform \(label) [\(validator.dialect)]: \(valid)/\(pairs.count) valid (\(validLenient) with lenient nullable), isValid \(Int(rates[0]))/s, all errors \(Int(rates[1]))/s, isValid by pointer \(Int(rates[2]))/s (spec load \(Int(loadTime * 1000)) ms, first pass incl. compile \(Int(compileTime * 1000)) ms)"
    )
}

// Optional arguments name the data sets to run (stripe, dodo); default both.
let only = Set(CommandLine.arguments.dropFirst())
let rounds = ProcessInfo.processInfo.environment["BENCH_ROUNDS"].flatMap { Int($0) }
let specs = ["stripe": "stripe-spec3-2023-09-12.yaml", "dodo": "dodopayments-openapi.documented.yml"]
for label in ["stripe", "dodo"] where only.isEmpty || only.contains(label) {
    try measure(label, spec: specs[label]!, cases: "\(label)-cases.json")
}
