import Foundation

/// Reads the JSON tree of an OpenAPI document into the model, collecting diagnostics.
///
/// Every malformed part is reported with its position and left out, so one bad operation
/// does not hide the rest of the document.
struct DocumentReader {
    let documents: DocumentSet
    private(set) var diagnostics: [Diagnostic] = []

    init(documents: DocumentSet) {
        self.documents = documents
    }

    private var root: DocumentPointer { documents.rootPointer }

    // MARK: Diagnostics

    mutating func report(
        _ severity: Diagnostic.Severity, _ message: String, code: String, at pointer: DocumentPointer,
        key: Bool = false, notes: [Diagnostic] = []
    ) {
        let location = key ? documents.keyLocation(of: pointer) : documents.location(of: pointer)
        diagnostics.append(Diagnostic(severity, message, code: code, at: location, notes: notes))
    }

    /// Follows `$ref`s from `pointer`; reports a broken chain and returns nil.
    mutating func resolved(_ pointer: DocumentPointer) -> DocumentPointer? {
        do {
            return try documents.resolve(pointer)
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    /// The object at `pointer` after references, or nil (reported) when it is something else.
    mutating func object(at pointer: DocumentPointer, what: String) -> (DocumentPointer, JSONObject)? {
        guard let target = resolved(pointer) else { return nil }
        guard let object = documents.value(at: target)?.objectValue else {
            report(.error, "\(what) must be an object", code: "spec.invalid", at: target)
            return nil
        }
        return (target, object)
    }

    // MARK: Top level

    mutating func readVersion() throws(LoadError) -> (OpenAPIVersion, String) {
        let rootValue = documents.root.root
        guard let object = rootValue.objectValue else {
            throw LoadError([Diagnostic(
                .error, "an OpenAPI document must be a mapping at the top level", code: "spec.not-openapi",
                at: documents.location(of: root))])
        }
        guard let text = object["openapi"]?.stringValue else {
            let message = object["openapi"] == nil
                ? "not an OpenAPI document: the 'openapi' field is missing"
                : "the 'openapi' field must be a string such as \"3.1.0\""
            throw LoadError([Diagnostic(
                .error, message, code: "spec.not-openapi",
                at: documents.location(of: object["openapi"] == nil ? root : root.appending("openapi")))])
        }
        if text.hasPrefix("3.0") { return (.v3_0, text) }
        if text.hasPrefix("3.1") { return (.v3_1, text) }
        if text.hasPrefix("3.") {
            report(.warning, "OpenAPI \(text) is read as 3.1", code: "spec.version", at: root.appending("openapi"))
            return (.v3_1, text)
        }
        throw LoadError([Diagnostic(
            .error, "unsupported OpenAPI version '\(text)'; conform reads 3.0.x and 3.1.x", code: "spec.version",
            at: documents.location(of: root.appending("openapi")))])
    }

    /// Refuses a document without the top-level fields its version requires: `info` and
    /// `paths` (3.0), `info` and at least one of `paths`, `components` and `webhooks` (3.1).
    /// Such a document describes no API, and comparing it would report every path removed.
    func checkTopLevel(_ version: OpenAPIVersion) throws(LoadError) {
        guard let object = documents.root.root.objectValue else { return }
        let at = documents.location(of: root.appending("openapi"))
        var missing: [Diagnostic] = []
        let name = version == .v3_0 ? "3.0" : "3.1"
        if object["info"] == nil {
            missing.append(Diagnostic(.error, "an OpenAPI \(name) document needs an 'info' object", code: "spec.invalid", at: at))
        }
        if version == .v3_0, object["paths"] == nil {
            missing.append(Diagnostic(.error, "an OpenAPI 3.0 document needs a 'paths' object", code: "spec.invalid", at: at))
        }
        if version == .v3_1, object["paths"] == nil, object["components"] == nil, object["webhooks"] == nil {
            missing.append(Diagnostic(
                .error, "an OpenAPI 3.1 document needs at least one of 'paths', 'components' and 'webhooks'",
                code: "spec.invalid", at: at))
        }
        if !missing.isEmpty { throw LoadError(missing) }
    }

    mutating func readInfo() -> Info {
        let info = documents.root.root["info"]
        return Info(title: info?["title"]?.stringValue ?? "", version: info?["version"]?.stringValue ?? "")
    }

    /// The servers at `pointer`, or nil when there is no (or an empty) list there.
    mutating func readServers(at pointer: DocumentPointer) -> [Server]? {
        guard let list = documents.value(at: pointer)?.arrayValue, !list.isEmpty else { return nil }
        var servers: [Server] = []
        for (index, entry) in list.enumerated() {
            guard let template = entry["url"]?.stringValue else {
                report(.error, "a server needs a 'url' string", code: "spec.invalid", at: pointer.appending(index))
                continue
            }
            var defaults: [String: String] = [:]
            for (name, variable) in entry["variables"]?.objectValue ?? JSONObject() {
                defaults[name] = variable["default"]?.stringValue
            }
            servers.append(Server(template: template, url: PathTemplate(template).render(defaults)))
        }
        return servers
    }

    mutating func readSecuritySchemes() -> [String: SecurityScheme] {
        let base = root.appending("components").appending("securitySchemes")
        guard let schemes = documents.value(at: base)?.objectValue else { return [:] }
        var result: [String: SecurityScheme] = [:]
        for name in schemes.keys {
            guard let (pointer, object) = object(at: base.appending(name), what: "a security scheme") else { continue }
            let kind: SecurityScheme.Kind
            switch object["type"]?.stringValue {
            case "apiKey":
                guard let keyName = object["name"]?.stringValue,
                    let location = object["in"]?.stringValue.flatMap(ParameterLocation.init(rawValue:)),
                    location != .path
                else {
                    report(.error, "an apiKey security scheme needs 'name' and 'in' (query, header or cookie)",
                        code: "spec.invalid", at: pointer)
                    continue
                }
                kind = .apiKey(name: keyName, location: location)
            case "http":
                guard let scheme = object["scheme"]?.stringValue else {
                    report(.error, "an http security scheme needs 'scheme'", code: "spec.invalid", at: pointer)
                    continue
                }
                kind = .http(scheme: scheme.lowercased())
            case "oauth2": kind = .oauth2
            case "openIdConnect": kind = .openIdConnect
            case "mutualTLS": kind = .mutualTLS
            default:
                report(.error, "unknown security scheme type", code: "spec.invalid", at: pointer.appending("type"))
                continue
            }
            result[name] = SecurityScheme(name: name, kind: kind, pointer: pointer)
        }
        return result
    }

    mutating func readSecurity(at pointer: DocumentPointer, schemes: [String: SecurityScheme]) -> [SecurityRequirement]? {
        guard let value = documents.value(at: pointer) else { return nil }
        guard let list = value.arrayValue else {
            report(.error, "'security' must be a list of requirements", code: "spec.invalid", at: pointer)
            return nil
        }
        var requirements: [SecurityRequirement] = []
        for (index, entry) in list.enumerated() {
            guard let object = entry.objectValue else {
                report(.error, "a security requirement must be a mapping", code: "spec.invalid", at: pointer.appending(index))
                continue
            }
            var requirement = SecurityRequirement(schemes: [])
            for (name, scopes) in object {
                if schemes[name] == nil {
                    report(.error, "security requirement names undefined scheme '\(name)'", code: "spec.security-undefined",
                        at: pointer.appending(index).appending(name), key: true)
                }
                requirement.schemes.append((name, scopes.arrayValue?.compactMap(\.stringValue) ?? []))
            }
            requirements.append(requirement)
        }
        return requirements
    }

    // MARK: Paths and operations

    mutating func readOperations(servers: [Server], securitySchemes: [String: SecurityScheme]) -> [Operation] {
        let pathsPointer = root.appending("paths")
        guard let paths = documents.value(at: pathsPointer)?.objectValue else {
            if documents.value(at: pathsPointer) != nil {
                report(.error, "'paths' must be a mapping", code: "spec.invalid", at: pathsPointer)
            }
            return []
        }
        let rootSecurity = readSecurity(at: root.appending("security"), schemes: securitySchemes) ?? []
        var operations: [Operation] = []
        for path in paths.keys where !path.hasPrefix("x-") {
            let itemPointer = pathsPointer.appending(path)
            guard path.hasPrefix("/") else {
                report(.error, "path '\(path)' must start with '/'", code: "spec.path-format", at: itemPointer, key: true)
                continue
            }
            guard let (item, itemObject) = object(at: itemPointer, what: "a path item") else { continue }
            let itemParameters = readParameters(at: item.appending("parameters"))
            let itemServers = readServers(at: item.appending("servers")) ?? servers
            for method in HTTPMethod.allCases {
                guard itemObject[method.rawValue] != nil else { continue }
                let pointer = item.appending(method.rawValue)
                guard let operationObject = documents.value(at: pointer)?.objectValue else {
                    report(.error, "an operation must be a mapping", code: "spec.invalid", at: pointer)
                    continue
                }
                var parameters = itemParameters
                for parameter in readParameters(at: pointer.appending("parameters")) {
                    parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
                    parameters.append(parameter)
                }
                let operationId = operationObject["operationId"]?.stringValue
                operations.append(Operation(
                    id: operationId ?? "\(method.wireName) \(path)",
                    operationId: operationId,
                    method: method,
                    path: path,
                    summary: operationObject["summary"]?.stringValue,
                    tags: operationObject["tags"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                    deprecated: operationObject["deprecated"]?.boolValue ?? false,
                    parameters: parameters,
                    requestBody: readRequestBody(at: pointer.appending("requestBody")),
                    responses: readResponses(at: pointer.appending("responses")),
                    security: readSecurity(at: pointer.appending("security"), schemes: securitySchemes) ?? rootSecurity,
                    servers: readServers(at: pointer.appending("servers")) ?? itemServers,
                    pointer: pointer))
            }
        }
        return operations
    }

    mutating func readParameters(at pointer: DocumentPointer) -> [Parameter] {
        guard let list = documents.value(at: pointer) else { return [] }
        guard let entries = list.arrayValue else {
            report(.error, "'parameters' must be a list", code: "spec.invalid", at: pointer)
            return []
        }
        var parameters: [Parameter] = []
        for index in entries.indices {
            guard let (target, object) = object(at: pointer.appending(index), what: "a parameter") else { continue }
            guard let name = object["name"]?.stringValue else {
                report(.error, "a parameter needs a 'name'", code: "spec.invalid", at: target)
                continue
            }
            guard let location = object["in"]?.stringValue.flatMap(ParameterLocation.init(rawValue:)) else {
                report(.error, "parameter '\(name)' needs 'in': path, query, header or cookie", code: "spec.invalid", at: target)
                continue
            }
            let required = object["required"]?.boolValue ?? false
            if location == .path && !required {
                report(.error, "path parameter '\(name)' must be declared 'required: true'",
                    code: "spec.path-parameter-required", at: target)
            }
            let style = object["style"]?.stringValue.flatMap(ParameterStyle.init(rawValue:))
                ?? .defaultStyle(for: location)
            var schema = object["schema"] != nil ? target.appending("schema") : nil
            var contentType: String?
            if schema == nil, let content = object["content"]?.objectValue, let first = content.keys.first {
                contentType = first
                if content[first]?["schema"] != nil {
                    schema = target.appending("content").appending(first).appending("schema")
                }
            }
            parameters.append(Parameter(
                name: name, location: location, required: required || location == .path, style: style,
                explode: object["explode"]?.boolValue ?? (style == .form),
                allowReserved: object["allowReserved"]?.boolValue ?? false,
                deprecated: object["deprecated"]?.boolValue ?? false,
                schema: schema, contentType: contentType, pointer: target))
        }
        return parameters
    }

    mutating func readContent(at pointer: DocumentPointer) -> [MediaType] {
        guard let content = documents.value(at: pointer)?.objectValue else { return [] }
        return content.keys.map { name in
            let mediaPointer = pointer.appending(name)
            let media = content[name]?.objectValue ?? JSONObject()
            var encoding: [String: MediaType.Encoding] = [:]
            for (property, rule) in media["encoding"]?.objectValue ?? JSONObject() {
                encoding[property] = MediaType.Encoding(
                    contentType: rule["contentType"]?.stringValue,
                    style: rule["style"]?.stringValue.flatMap(ParameterStyle.init(rawValue:)),
                    explode: rule["explode"]?.boolValue,
                    allowReserved: rule["allowReserved"]?.boolValue ?? false)
            }
            return MediaType(
                name: name, schema: media["schema"] != nil ? mediaPointer.appending("schema") : nil,
                encoding: encoding, pointer: mediaPointer)
        }
    }

    mutating func readRequestBody(at pointer: DocumentPointer) -> RequestBody? {
        guard documents.value(at: pointer) != nil,
            let (target, object) = object(at: pointer, what: "a request body")
        else { return nil }
        return RequestBody(
            required: object["required"]?.boolValue ?? false,
            content: readContent(at: target.appending("content")), pointer: target)
    }

    mutating func readResponses(at pointer: DocumentPointer) -> [Response] {
        guard let responses = documents.value(at: pointer)?.objectValue else { return [] }
        var result: [Response] = []
        for key in responses.keys where !key.hasPrefix("x-") {
            guard let status = StatusKey(key) else {
                report(.error, "'\(key)' is not a response status code, a range such as 2XX, or 'default'",
                    code: "spec.status-code", at: pointer.appending(key), key: true)
                continue
            }
            guard let (target, object) = object(at: pointer.appending(key), what: "a response") else { continue }
            result.append(Response(
                status: status,
                description: object["description"]?.stringValue ?? "",
                headers: readHeaders(at: target.appending("headers")),
                content: readContent(at: target.appending("content")),
                links: readLinks(at: target.appending("links")),
                pointer: target))
        }
        return result.sorted { $0.status < $1.status }
    }

    mutating func readHeaders(at pointer: DocumentPointer) -> [Header] {
        guard let headers = documents.value(at: pointer)?.objectValue else { return [] }
        var result: [Header] = []
        for name in headers.keys {
            guard let (target, object) = object(at: pointer.appending(name), what: "a header") else { continue }
            var schema = object["schema"] != nil ? target.appending("schema") : nil
            if schema == nil, let content = object["content"]?.objectValue, let first = content.keys.first,
                content[first]?["schema"] != nil
            {
                schema = target.appending("content").appending(first).appending("schema")
            }
            result.append(Header(
                name: name, required: object["required"]?.boolValue ?? false, schema: schema, pointer: target))
        }
        return result
    }

    mutating func readLinks(at pointer: DocumentPointer) -> [Link] {
        guard let links = documents.value(at: pointer)?.objectValue else { return [] }
        var result: [Link] = []
        for name in links.keys {
            guard let (target, object) = object(at: pointer.appending(name), what: "a link") else { continue }
            var parameters: [String: JSONValue] = [:]
            for (key, value) in object["parameters"]?.objectValue ?? JSONObject() { parameters[key] = value }
            result.append(Link(
                name: name, operationId: object["operationId"]?.stringValue,
                operationRef: object["operationRef"]?.stringValue, parameters: parameters, pointer: target))
        }
        return result
    }
}
