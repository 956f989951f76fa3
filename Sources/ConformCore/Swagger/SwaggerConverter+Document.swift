extension SwaggerConverter {
    /// The top-level sections that move or disappear in OpenAPI 3.
    private static let convertedSections: Set<String> = [
        "swagger", "host", "basePath", "schemes", "consumes", "produces", "definitions", "parameters",
        "responses", "securityDefinitions", "paths",
    ]

    /// A whole Swagger document as an OpenAPI 3.0.3 document.
    mutating func document(_ value: JSONValue) -> JSONValue {
        guard let root = value.objectValue else { return value }
        let swaggerKey = JSONPointer.root.appending("swagger")
        if file == original.rootFile {
            // An unquoted `swagger: 2.0` loads as the number 2; it still means version 2.0.
            let number = root["swagger"]?.numberValue
            let declared = root["swagger"]?.stringValue ?? (number == JSONNumber(2) ? "2.0" : root["swagger"]!.serialized())
            let message = declared == "2.0"
                ? "converted from Swagger 2.0 to OpenAPI \(SwaggerConverter.openAPIVersion); positions refer to the Swagger document"
                : "converted from Swagger '\(declared)' as if it were 2.0 to OpenAPI \(SwaggerConverter.openAPIVersion); positions refer to the Swagger document"
            diagnostics.append(Diagnostic(
                .note, message, code: "spec.converted",
                at: original.keyLocation(of: DocumentPointer(file: file, pointer: swaggerKey))))
        }
        let globalConsumes = root["consumes"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let globalProduces = root["produces"]?.arrayValue?.compactMap(\.stringValue) ?? []
        var result = JSONObject()
        result["openapi"] = .string(SwaggerConverter.openAPIVersion)
        record(JSONPointer.root.appending("openapi"), from: swaggerKey)
        if let info = root["info"] { result["info"] = info }
        if let servers = servers(root, schemes: root["schemes"], at: .root, new: JSONPointer.root.appending("servers")) {
            result["servers"] = servers
        }
        for (key, member) in root where !SwaggerConverter.convertedSections.contains(key) {
            if key != "info" && key != "security" { result[key] = member }
        }
        if let paths = root["paths"]?.objectValue {
            result["paths"] = self.paths(paths, consumes: globalConsumes, produces: globalProduces)
        }
        let components = self.components(root, produces: globalProduces)
        if !components.isEmpty { result["components"] = .object(components) }
        if let security = root["security"] { result["security"] = security }
        return remainingReferences(in: .object(result))
    }

    /// `value` with the references that were copied verbatim (inside `x-` extensions, say)
    /// rewritten too; references already rewritten are left as they are.
    private mutating func remainingReferences(in value: JSONValue) -> JSONValue {
        switch value {
        case .object(var object):
            for (key, member) in object {
                if key == "$ref", let text = member.stringValue {
                    object[key] = .string(reference(text, as: .schema))
                } else {
                    object[key] = remainingReferences(in: member)
                }
            }
            return .object(object)
        case .array(let elements):
            return .array(elements.map { remainingReferences(in: $0) })
        default:
            return value
        }
    }

    /// `definitions`, `parameters`, `responses` and `securityDefinitions` as `components`.
    private mutating func components(_ root: JSONObject, produces: [String]) -> JSONObject {
        let base = JSONPointer.root.appending("components")
        var components = JSONObject()
        if let definitions = root["definitions"]?.objectValue {
            let old = JSONPointer.root.appending("definitions")
            let new = base.appending("schemas")
            record(new, from: old)
            var schemas = JSONObject()
            for (name, definition) in definitions {
                schemas[name] = schema(definition, old: old.appending(name), new: new.appending(name))
            }
            components["schemas"] = .object(schemas)
        }
        if let parameters = root["parameters"]?.objectValue {
            let old = JSONPointer.root.appending("parameters")
            let new = base.appending("parameters")
            record(new, from: old)
            var converted = JSONObject()
            // Body and form parameters become parts of request bodies where they are used.
            for (name, parameter) in parameters where !SwaggerConverter.isBodyOrForm(parameter) {
                converted[name] = self.parameter(parameter, old: old.appending(name), new: new.appending(name))
            }
            if !converted.isEmpty { components["parameters"] = .object(converted) }
        }
        if let responses = root["responses"]?.objectValue {
            let old = JSONPointer.root.appending("responses")
            let new = base.appending("responses")
            record(new, from: old)
            var converted = JSONObject()
            for (name, response) in responses {
                converted[name] = self.response(
                    response, old: old.appending(name), new: new.appending(name), produces: produces)
            }
            components["responses"] = .object(converted)
        }
        if let definitions = root["securityDefinitions"]?.objectValue {
            let old = JSONPointer.root.appending("securityDefinitions")
            let new = base.appending("securitySchemes")
            record(new, from: old)
            var schemes = JSONObject()
            for (name, definition) in definitions {
                schemes[name] = securityScheme(definition, old: old.appending(name), new: new.appending(name))
            }
            components["securitySchemes"] = .object(schemes)
        }
        return components
    }
}
