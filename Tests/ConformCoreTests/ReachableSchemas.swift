import ConformCore

/// Every schema position an API's operations reach: the schemas of parameters, request
/// bodies, responses and their headers, and below them `$ref` targets, properties, items,
/// `additionalProperties` and combinator branches.
enum ReachableSchemas {
    /// The positions in the order a depth-first walk first meets them, each once.
    static func of(_ document: Document) -> [DocumentPointer] {
        var roots: [DocumentPointer] = []
        for operation in document.operations {
            roots += operation.parameters.compactMap(\.schema)
            roots += operation.requestBody?.content.compactMap(\.schema) ?? []
            for response in operation.responses {
                roots += response.content.compactMap(\.schema) + response.headers.compactMap(\.schema)
            }
        }
        var seen = Set<DocumentPointer>()
        var order: [DocumentPointer] = []
        var stack = Array(roots.reversed())
        while let pointer = stack.popLast() {
            guard seen.insert(pointer).inserted else { continue }
            order.append(pointer)
            stack += subschemas(of: pointer, in: document.documents).reversed()
        }
        return order
    }

    private static func subschemas(of pointer: DocumentPointer, in documents: DocumentSet) -> [DocumentPointer] {
        guard let schema = documents.value(at: pointer)?.objectValue else { return [] }
        var found: [DocumentPointer] = []
        if let reference = schema["$ref"]?.stringValue,
            let target = try? documents.target(of: reference, from: pointer.appending("$ref"))
        {
            found.append(target)
        }
        for name in schema["properties"]?.objectValue?.keys ?? [] {
            found.append(pointer.appending("properties").appending(name))
        }
        switch schema["items"] {
        case .array(let tuple)?: found += tuple.indices.map { pointer.appending("items").appending($0) }
        case .object?: found.append(pointer.appending("items"))
        default: break
        }
        if schema["additionalProperties"]?.objectValue != nil { found.append(pointer.appending("additionalProperties")) }
        for keyword in ["prefixItems", "allOf", "anyOf", "oneOf"] {
            found += (schema[keyword]?.arrayValue?.indices ?? 0..<0).map { pointer.appending(keyword).appending($0) }
        }
        return found
    }
}
