import Foundation

/// The `format`s a response schema gives the strings of one body, by body pointer: how
/// uuids, timestamps and dates are found without any rule.
///
/// A golden comparison walks hundreds of bodies along the same few schemas, so what the walk
/// reads of each schema (its `$ref` followed) is read once and kept. Sendable through its
/// lock (`Mutex` would need macOS 15; the package supports 14).
final class SchemaFormats: @unchecked Sendable {
    /// The formats that always name volatile values.
    static let volatile: Set<String> = ["uuid", "date-time", "date"]

    /// What the walk reads of one schema.
    private struct Shape {
        /// Its volatile `format`, if any.
        var format: String?
        /// The `allOf`, `anyOf` and `oneOf` branches, in that order.
        var branches: [DocumentPointer]
        var properties: [String: DocumentPointer]
        /// `additionalProperties` when it is a schema.
        var additional: DocumentPointer?
        /// `items` when it is a schema.
        var items: DocumentPointer?
    }

    private let documents: DocumentSet
    private let lock = NSLock()
    /// By schema pointer as referenced; nil for one that does not resolve to an object.
    private var shapes: [DocumentPointer: Shape?] = [:]

    init(documents: DocumentSet) {
        self.documents = documents
    }

    /// Walks `value` along `schema` (through `$ref`, the combinators, `properties`,
    /// `additionalProperties` and `items`) and returns the volatile formats met.
    func formats(of value: JSONValue, schema: DocumentPointer) -> [JSONPointer: String] {
        var result: [JSONPointer: String] = [:]
        walk(value, at: .root, schema: schema, depth: 0, into: &result)
        return result
    }

    /// Recursive schemas nest with the value, but a depth cap keeps a cyclic `allOf` finite.
    private static let maxDepth = 64

    private func walk(
        _ value: JSONValue, at pointer: JSONPointer, schema: DocumentPointer, depth: Int,
        into result: inout [JSONPointer: String]
    ) {
        guard depth < SchemaFormats.maxDepth, let shape = shape(of: schema) else { return }
        if case .string = value, let format = shape.format {
            result[pointer] = format
        }
        for branch in shape.branches {
            walk(value, at: pointer, schema: branch, depth: depth + 1, into: &result)
        }
        switch value {
        case .object(let object):
            for (key, member) in object {
                guard let child = shape.properties[key] ?? shape.additional else { continue }
                walk(member, at: pointer.appending(key), schema: child, depth: depth + 1, into: &result)
            }
        case .array(let elements):
            guard let items = shape.items else { return }
            for (index, element) in elements.enumerated() {
                walk(element, at: pointer.appending(index), schema: items, depth: depth + 1, into: &result)
            }
        default:
            break
        }
    }

    private func shape(of schema: DocumentPointer) -> Shape? {
        lock.lock()
        defer { lock.unlock() }
        if let known = shapes[schema] { return known }
        let shape = read(schema)
        shapes[schema] = .some(shape)
        return shape
    }

    private func read(_ schema: DocumentPointer) -> Shape? {
        guard let resolved = try? documents.resolve(schema), let node = documents.value(at: resolved)?.objectValue else {
            return nil
        }
        let format = node["format"]?.stringValue.flatMap { SchemaFormats.volatile.contains($0) ? $0 : nil }
        let branches = ["allOf", "anyOf", "oneOf"].flatMap { combinator in
            (node[combinator]?.arrayValue ?? []).indices.map { resolved.appending(combinator).appending($0) }
        }
        var properties: [String: DocumentPointer] = [:]
        for key in node["properties"]?.objectValue?.keys ?? [] {
            properties[key] = resolved.appending("properties").appending(key)
        }
        return Shape(
            format: format, branches: branches, properties: properties,
            additional: node["additionalProperties"]?.objectValue.map { _ in resolved.appending("additionalProperties") },
            items: node["items"]?.objectValue.map { _ in resolved.appending("items") })
    }
}
