/// The `format`s a response schema gives the strings of one body, by body pointer: how
/// uuids, timestamps and dates are found without any rule.
enum SchemaFormats {
    /// The formats that always name volatile values.
    static let volatile: Set<String> = ["uuid", "date-time", "date"]

    /// Walks `value` along `schema` (through `$ref`, the combinators, `properties`,
    /// `additionalProperties` and `items`) and returns the volatile formats met.
    static func formats(of value: JSONValue, schema: DocumentPointer, in documents: DocumentSet) -> [JSONPointer: String] {
        var result: [JSONPointer: String] = [:]
        walk(value, at: .root, schema: schema, documents: documents, depth: 0, into: &result)
        return result
    }

    /// Recursive schemas nest with the value, but a depth cap keeps a cyclic `allOf` finite.
    private static let maxDepth = 64

    private static func walk(
        _ value: JSONValue, at pointer: JSONPointer, schema: DocumentPointer, documents: DocumentSet, depth: Int,
        into result: inout [JSONPointer: String]
    ) {
        guard depth < maxDepth, let resolved = try? documents.resolve(schema),
            let node = documents.value(at: resolved)?.objectValue
        else { return }
        if case .string = value, let format = node["format"]?.stringValue, volatile.contains(format) {
            result[pointer] = format
        }
        for combinator in ["allOf", "anyOf", "oneOf"] {
            for index in (node[combinator]?.arrayValue ?? []).indices {
                walk(
                    value, at: pointer, schema: resolved.appending(combinator).appending(index), documents: documents,
                    depth: depth + 1, into: &result)
            }
        }
        switch value {
        case .object(let object):
            let properties = node["properties"]?.objectValue
            for (key, member) in object {
                let child: DocumentPointer
                if properties?[key] != nil {
                    child = resolved.appending("properties").appending(key)
                } else if node["additionalProperties"]?.objectValue != nil {
                    child = resolved.appending("additionalProperties")
                } else {
                    continue
                }
                walk(member, at: pointer.appending(key), schema: child, documents: documents, depth: depth + 1, into: &result)
            }
        case .array(let elements) where node["items"]?.objectValue != nil:
            for (index, element) in elements.enumerated() {
                walk(
                    element, at: pointer.appending(index), schema: resolved.appending("items"), documents: documents,
                    depth: depth + 1, into: &result)
            }
        default:
            break
        }
    }
}
