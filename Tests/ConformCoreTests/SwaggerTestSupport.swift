import ConformCore

/// In-memory Swagger documents with known positions, for conversion tests without the loader.
enum SwaggerTestSupport {
    /// `value` as a loaded `file` where the n-th node in document order sits on line n,
    /// column 1 (keys and values alike), so a test can tell which node a position names.
    static func loaded(_ value: JSONValue, file: String = "swagger.yaml") -> LoadedDocument {
        var map = SourceMap(file: file)
        for (pointer, line) in lines(of: value) {
            map.setValueLocation(line: line, column: 1, for: pointer)
            if !pointer.tokens.isEmpty { map.setKeyLocation(line: line, column: 1, for: pointer) }
        }
        return LoadedDocument(root: value, sourceMap: map, warnings: [])
    }

    /// The line each node of `value` gets in ``loaded(_:file:)``.
    static func lines(of value: JSONValue) -> [JSONPointer: Int] {
        var result: [JSONPointer: Int] = [:]
        func walk(_ value: JSONValue, _ pointer: JSONPointer) {
            result[pointer] = result.count + 1
            switch value {
            case .object(let object): for (key, member) in object { walk(member, pointer.appending(key)) }
            case .array(let elements): for (index, element) in elements.enumerated() { walk(element, pointer.appending(index)) }
            default: break
            }
        }
        walk(value, .root)
        return result
    }

    /// The converted set of an in-memory Swagger document.
    static func convert(_ value: JSONValue) throws -> DocumentSet {
        DocumentSet(root: loaded(value), source: InMemorySource([:])).convertingSwagger2()
    }

    /// A minimal Swagger 2.0 document around `paths` and other top-level members.
    static func swagger(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject([("swagger", "2.0"), ("info", ["title": "t", "version": "1"])] + members))
    }
}

extension DocumentSet {
    /// The converted root's value at `pointer` (written as text, `/a/b`).
    subscript(_ pointer: String) -> JSONValue? {
        root.root[pointer: JSONPointer(pointer)!]
    }

    /// The line of the converted root's node at `pointer`.
    func line(_ pointer: String) -> Int? {
        location(of: DocumentPointer(file: rootFile, pointer: JSONPointer(pointer)!))?.line
    }
}
