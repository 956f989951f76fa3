import ConformCore
import Foundation

// Validations per second of SchemaValidator on the data prepare.py writes; bench_jsonschema_rs.py
// measures jsonschema-rs on the same schemas and instances.

/// Reads JSON into JSONValue through Foundation's decoder (member order is not kept; validation
/// does not depend on it), so the benchmark does not depend on the YAML loader.
struct Decoded: Decodable {
    let value: JSONValue

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let flag = try? container.decode(Bool.self) {
            value = .bool(flag)
        } else if let integer = try? container.decode(Int64.self) {
            value = .number(JSONNumber(integer))
        } else if let number = try? container.decode(Double.self) {
            value = .number(JSONNumber(number))
        } else if let text = try? container.decode(String.self) {
            value = .string(text)
        } else if let elements = try? container.decode([Decoded].self) {
            value = .array(elements.map(\.value))
        } else {
            let members = try container.decode([String: Decoded].self)
            value = .object(JSONObject(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value.value) }))
        }
    }
}

let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data")

func load(_ name: String) throws -> JSONValue {
    try JSONDecoder().decode(Decoded.self, from: Data(contentsOf: data.appendingPathComponent(name))).value
}

func measure(_ label: String, spec: String, cases: String, seconds: Double = 3) throws {
    let file = spec
    let documents = DocumentSet(
        root: LoadedDocument(root: try load(spec), sourceMap: SourceMap(file: file), warnings: []), preloaded: [])
    let validator = SchemaValidator(documents: documents)
    let pairs: [(DocumentPointer, JSONValue)] = (try load(cases).arrayValue ?? []).map { pair in
        let name = pair.arrayValue![0].stringValue!
        return (DocumentPointer(file: file, pointer: JSONPointer(tokens: ["components", "schemas", name])), pair.arrayValue![1])
    }
    let compileStart = Date()
    let valid = pairs.filter { validator.isValid($0.1, against: $0.0) }.count
    let compileTime = Date().timeIntervalSince(compileStart)
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
        "conform \(label) [\(validator.dialect)]: \(valid)/\(pairs.count) valid, isValid \(Int(rates[0]))/s, all errors \(Int(rates[1]))/s, isValid by pointer \(Int(rates[2]))/s (first pass incl. compile \(Int(compileTime * 1000)) ms)"
    )
}

// Optional arguments name the data sets to run (stripe, dodo); default both.
let only = Set(CommandLine.arguments.dropFirst())
let rounds = ProcessInfo.processInfo.environment["BENCH_ROUNDS"].flatMap { Int($0) }
for label in ["stripe", "dodo"] where only.isEmpty || only.contains(label) {
    try measure(label, spec: "\(label)-spec.json", cases: "\(label)-cases.json")
}
