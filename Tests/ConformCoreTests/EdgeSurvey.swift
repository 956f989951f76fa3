import Foundation
@testable import ConformCore

/// The three readers of one document's schemas compared at the edges: for each schema
/// position its operations reach, the edges the generator's facts and drift's normalized
/// view point at, each judged by both readers and by the validator.
///
/// Values are validated in the request direction, as the generator's self-check does, with
/// the validator as the tool builds it.
struct EdgeSurvey {
    /// How many schema positions were read.
    private(set) var schemas = 0
    /// How many reader opinions were compared with the validator, by kind of edge.
    private(set) var judged: [SchemaEdge.Kind: Int] = [:]
    private(set) var disagreements: [EdgeDisagreement] = []

    let document: Document
    let name: String
    private let validator: SchemaValidator
    private let values: ValueGenerator
    private let normalizer: SchemaNormalizer

    /// A survey of `document`, named `name` in disagreements; nothing is read until
    /// ``surveyAll()``.
    init(_ document: Document, name: String) {
        self.document = document
        self.name = name
        validator = SchemaValidator(documents: document.documents)
        values = ValueGenerator(documents: document.documents, version: document.version, validator: validator, maxDepth: 8)
        normalizer = SchemaNormalizer(documents: document.documents, version: document.version)
    }

    /// A survey of a document given as text (YAML or JSON), named `spec.yaml`.
    init(yaml: String) throws {
        self.init(try Document(text: yaml, file: "spec.yaml"), name: "spec.yaml")
    }

    /// Surveys every schema position the operations reach.
    mutating func surveyAll() {
        for pointer in ReachableSchemas.of(document) { survey(pointer) }
    }

    /// Surveys the schema at `pointer`: the edges either reader points at.
    private mutating func survey(_ pointer: DocumentPointer) {
        schemas += 1
        let readings = readings(of: pointer)
        var edges: [SchemaEdge] = []
        for edge in readings.flatMap(\.edges) where !edges.contains(edge) { edges.append(edge) }
        judge(edges, at: pointer, readings: readings)
    }

    private func readings(of pointer: DocumentPointer) -> [EdgeReading] {
        [EdgeReading(generator: values.facts(pointer)), EdgeReading(drift: normalizer.schema(at: pointer))]
    }

    /// Checks `edges` of the schema at `pointer` against the validator, each judged by every
    /// reading; an edge no reader has an opinion on, or whose value another keyword would
    /// reject, is skipped.
    private mutating func judge(_ edges: [SchemaEdge], at pointer: DocumentPointer, readings: [EdgeReading]) {
        let baseline = edges.contains { $0.kind == .lacking } ? values.baseline(pointer) : nil
        for edge in edges {
            guard let value = edge.value(baseline: baseline), isolated(edge, value, readings) else { continue }
            let opinions = readings.map { EdgeDisagreement.Opinion(reader: $0.reader, valid: $0.judge(edge)) }
            let count = opinions.filter { $0.valid != nil }.count
            guard count > 0 else { continue }
            judged[edge.kind, default: 0] += count
            let valid = validator.isValid(value, against: pointer, direction: .request)
            guard opinions.contains(where: { $0.valid != nil && $0.valid != valid }) else { continue }
            disagreements.append(EdgeDisagreement(
                version: document.version, schema: position(pointer), edge: edge, opinions: opinions,
                validator: valid))
        }
    }

    /// True when `value` differs from what the schema accepts at `edge` only: a bound edge's
    /// number has a type, multiple and format every reader allows, an enum edge's value a
    /// type every reader allows.
    private func isolated(_ edge: SchemaEdge, _ value: JSONValue, _ readings: [EdgeReading]) -> Bool {
        switch edge {
        case .bound(_, _, let number): readings.allSatisfy { $0.admitsApartFromBounds(number) }
        case .listed, .unlisted: readings.allSatisfy { $0.admitsType(of: value) }
        case .null, .lacking: true
        }
    }

    /// `name#/pointer`, or the file's own name for a schema in another file.
    private func position(_ pointer: DocumentPointer) -> String {
        let file = pointer.file == document.file ? name : URL(fileURLWithPath: pointer.file).lastPathComponent
        return "\(file)#\(pointer.pointer)"
    }
}
