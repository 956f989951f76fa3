import Foundation

/// The identifiers (`$id`, draft-4 `id`, `$anchor`) of every schema in a document set, so that
/// references can be resolved as JSON Schema resolves them: against the base URI in force,
/// first to an embedded resource, then to a loaded file.
struct SchemaResources: Sendable {
    /// Absolute URI (without fragment) of each embedded resource.
    private(set) var resources: [String: DocumentPointer] = [:]
    /// `URI#anchor` of each plain-name fragment.
    private(set) var anchors: [String: DocumentPointer] = [:]
    /// The base URI that each identified schema sets.
    private(set) var bases: [DocumentPointer: String] = [:]

    /// Keywords whose value is one schema.
    static let schemaKeywords: Set<String> = [
        "additionalProperties", "additionalItems", "items", "not", "if", "then", "else", "contains",
        "propertyNames", "unevaluatedProperties", "unevaluatedItems",
    ]
    /// Keywords whose value is an array of schemas.
    static let schemaArrayKeywords: Set<String> = ["allOf", "anyOf", "oneOf", "prefixItems", "items"]
    /// Keywords whose value maps names to schemas.
    static let schemaMapKeywords: Set<String> = [
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies",
    ]
    /// Members of a non-schema (OpenAPI) document that hold example data, never schemas.
    private static let dataKeywords: Set<String> = ["enum", "const", "example", "examples", "default"]

    init(documents: DocumentSet, dialect: SchemaDialect) {
        for (file, document) in documents.documents {
            var tokens: [String] = []
            let isSchema = document.root["openapi"] == nil
            walk(document.root, file: file, base: file, tokens: &tokens, schemaAware: isSchema, dialect: dialect)
        }
    }

    private mutating func walk(
        _ value: JSONValue, file: String, base: String, tokens: inout [String], schemaAware: Bool,
        dialect: SchemaDialect
    ) {
        guard case .object(let object) = value else {
            if !schemaAware, case .array(let elements) = value {
                for (index, element) in elements.enumerated() {
                    tokens.append(String(index))
                    walk(element, file: file, base: base, tokens: &tokens, schemaAware: false, dialect: dialect)
                    tokens.removeLast()
                }
            }
            return
        }
        // Draft 4 ignores every sibling of `$ref`, `id` included.
        if dialect.isDraft4, object["$ref"] != nil { return }
        var base = base
        let here = DocumentPointer(file: file, pointer: JSONPointer(tokens: tokens))
        let idKeyword = dialect.isDraft4 ? "id" : "$id"
        if let id = object[idKeyword]?.stringValue {
            let absolute = SchemaResources.resolve(id, against: base)
            let (resource, fragment) = SchemaResources.split(absolute)
            if fragment.isEmpty {
                base = resource
                resources[resource] = here
                bases[here] = resource
            } else if dialect.isDraft4 {
                anchors[resource + "#" + fragment] = here
            }
        }
        for keyword in ["$anchor", "$dynamicAnchor"] where !dialect.isDraft4 {
            if let anchor = object[keyword]?.stringValue { anchors[base + "#" + anchor] = here }
        }
        for key in object.keys {
            let member = object[key]!
            if schemaAware {
                if SchemaResources.schemaKeywords.contains(key) {
                    tokens.append(key)
                    walk(member, file: file, base: base, tokens: &tokens, schemaAware: true, dialect: dialect)
                    tokens.removeLast()
                }
                if SchemaResources.schemaArrayKeywords.contains(key), case .array(let elements) = member {
                    for (index, element) in elements.enumerated() {
                        tokens.append(key)
                        tokens.append(String(index))
                        walk(element, file: file, base: base, tokens: &tokens, schemaAware: true, dialect: dialect)
                        tokens.removeLast(2)
                    }
                }
                if SchemaResources.schemaMapKeywords.contains(key), case .object(let map) = member {
                    for name in map.keys {
                        tokens.append(key)
                        tokens.append(name)
                        walk(map[name]!, file: file, base: base, tokens: &tokens, schemaAware: true, dialect: dialect)
                        tokens.removeLast(2)
                    }
                }
            } else if !SchemaResources.dataKeywords.contains(key) {
                tokens.append(key)
                walk(member, file: file, base: base, tokens: &tokens, schemaAware: false, dialect: dialect)
                tokens.removeLast()
            }
        }
    }

    /// The base URI in force at `pointer`: the nearest enclosing identified schema's, else the file.
    func base(of pointer: DocumentPointer) -> String {
        guard !bases.isEmpty else { return pointer.file }
        var tokens = pointer.pointer.tokens
        while true {
            if let base = bases[DocumentPointer(file: pointer.file, pointer: JSONPointer(tokens: tokens))] {
                return base
            }
            if tokens.isEmpty { return pointer.file }
            tokens.removeLast()
        }
    }

    /// The node that `reference`, written where `base` is in force, designates; nil when none.
    func target(of reference: String, base: String, in documents: DocumentSet) -> DocumentPointer? {
        let (resource, fragment) = SchemaResources.split(SchemaResources.resolve(reference, against: base))
        let root: DocumentPointer
        if let embedded = resources[resource] {
            root = embedded
        } else if documents.documents[resource] != nil {
            root = DocumentPointer(file: resource, pointer: .root)
        } else {
            return nil
        }
        let target: DocumentPointer
        if fragment.isEmpty {
            target = root
        } else if fragment.hasPrefix("/") || fragment.hasPrefix("%2F") || fragment.hasPrefix("%2f") {
            guard let pointer = JSONPointer("#" + fragment) else { return nil }
            target = DocumentPointer(file: root.file, pointer: JSONPointer(tokens: root.pointer.tokens + pointer.tokens))
        } else {
            guard let anchored = anchors[resource + "#" + fragment] else { return nil }
            target = anchored
        }
        return documents.value(at: target) == nil ? nil : target
    }

    /// Splits `uri#fragment`.
    static func split(_ uri: String) -> (resource: String, fragment: String) {
        guard let hash = uri.firstIndex(of: "#") else { return (uri, "") }
        return (String(uri[..<hash]), String(uri[uri.index(after: hash)...]))
    }

    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isLetter else { return false }
        return text[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// RFC 3986 reference resolution; plain file paths resolve as the document set does.
    static func resolve(_ reference: String, against base: String) -> String {
        if reference.isEmpty { return split(base).resource }
        if hasScheme(reference) { return reference }
        let baseResource = split(base).resource
        if reference.hasPrefix("#") { return baseResource + reference }
        if hasScheme(baseResource) {
            if let url = URL(string: reference, relativeTo: URL(string: baseResource)) {
                return url.absoluteString
            }
            return reference
        }
        let (file, fragment) = split(reference)
        let path = DocumentSet.fileComponent(of: file, base: baseResource) ?? baseResource
        return fragment.isEmpty && !reference.hasSuffix("#") ? path : path + "#" + fragment
    }
}
