extension Document {
    /// The keywords whose value is one subschema.
    static let singleSubschemaKeywords = [
        "additionalProperties", "items", "not", "if", "then", "else", "contains", "propertyNames",
        "unevaluatedProperties", "unevaluatedItems", "additionalItems", "contentSchema",
    ]
    /// The keywords whose value is a list of subschemas.
    static let listSubschemaKeywords = ["allOf", "anyOf", "oneOf", "prefixItems", "items"]
    /// The keywords whose value maps names to subschemas.
    static let mapSubschemaKeywords = ["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"]

    /// Every schema node written in the document set, each once, without following `$ref`.
    ///
    /// Starts from `components/schemas` and from every place an operation or reusable
    /// component holds a schema, then descends through every subschema keyword.
    public var allSchemas: [DocumentPointer] {
        var starts: [DocumentPointer] = []
        let components = documents.rootPointer.appending("components")
        for section in ["schemas"] {
            for name in documents.value(at: components.appending(section))?.objectValue?.keys ?? [] {
                starts.append(components.appending(section).appending(name))
            }
        }
        for operation in operations {
            starts += operation.parameters.compactMap(\.schema)
            starts += operation.requestBody?.content.compactMap(\.schema) ?? []
            for response in operation.responses {
                starts += response.content.compactMap(\.schema)
                starts += response.headers.compactMap(\.schema)
            }
        }
        var seen = Set<DocumentPointer>()
        var ordered: [DocumentPointer] = []
        var stack = Array(starts.reversed())
        while let pointer = stack.popLast() {
            guard seen.insert(pointer).inserted, let schema = documents.value(at: pointer)?.objectValue else { continue }
            ordered.append(pointer)
            stack += Document.subschemas(of: schema, at: pointer).reversed()
        }
        return ordered
    }

    /// The direct subschemas of `schema` (which stands at `pointer`).
    static func subschemas(of schema: JSONObject, at pointer: DocumentPointer) -> [DocumentPointer] {
        var result: [DocumentPointer] = []
        for keyword in singleSubschemaKeywords where schema[keyword]?.objectValue != nil {
            result.append(pointer.appending(keyword))
        }
        for keyword in listSubschemaKeywords {
            guard let list = schema[keyword]?.arrayValue else { continue }
            result += list.indices.map { pointer.appending(keyword).appending($0) }
        }
        for keyword in mapSubschemaKeywords {
            guard let map = schema[keyword]?.objectValue else { continue }
            result += map.keys.map { pointer.appending(keyword).appending($0) }
        }
        return result
    }
}
