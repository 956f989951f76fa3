extension DocsPageConverter {
    /// `security: [{title, parameters: {header: {Authorization: {type: http, scheme: bearer}}}}]`
    /// as security requirements, each credential becoming a security scheme named after the
    /// entry's title (and the credential's name, when an entry has several).
    mutating func security(_ entries: [JSONValue], old: JSONPointer) -> JSONValue {
        var requirements: [JSONValue] = []
        for (index, entry) in entries.enumerated() {
            let source = old.appending(index)
            let title = DocsPageConverter.componentName(entry["title"]?.stringValue ?? "security\(index)")
            var credentials: [(String, String, JSONObject)] = []
            for location in ["query", "header", "cookie"] {
                for (name, definition) in entry["parameters"]?[location]?.objectValue ?? JSONObject() {
                    credentials.append((location, name, definition.objectValue ?? JSONObject()))
                }
            }
            var requirement = JSONObject()
            for (location, name, definition) in credentials {
                let schemeName = credentials.count == 1 ? title : title + "_" + DocsPageConverter.componentName(name)
                var scheme = definition
                if scheme["type"]?.stringValue == "apiKey" {
                    scheme["in"] = .string(location)
                    scheme["name"] = .string(name)
                }
                addComponent(.object(scheme), section: "securitySchemes", name: schemeName,
                    source: source.appending("parameters").appending(location).appending(name))
                requirement[schemeName] = .array([])
            }
            requirements.append(.object(requirement))
        }
        return .array(requirements)
    }

    /// `text` with every character that a component name may not hold replaced by `_`.
    static func componentName(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
    }
}
