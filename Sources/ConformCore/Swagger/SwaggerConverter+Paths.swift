extension SwaggerConverter {
    private static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch"]

    /// `paths`, with body and form parameters turned into request bodies.
    mutating func paths(_ paths: JSONObject, consumes: [String], produces: [String]) -> JSONValue {
        let base = JSONPointer.root.appending("paths")
        var result = JSONObject()
        for (path, item) in paths {
            let pointer = base.appending(path)
            result[path] = pathItem(item, at: pointer, consumes: consumes, produces: produces)
        }
        return .object(result)
    }

    private mutating func pathItem(_ value: JSONValue, at pointer: JSONPointer, consumes: [String], produces: [String])
        -> JSONValue
    {
        guard let item = value.objectValue else { return value }
        let (parameters, shared) = sortParameters(item["parameters"], at: pointer.appending("parameters"))
        var result = JSONObject()
        for (key, member) in item {
            if key == "parameters" {
                if let list = convertParameters(parameters, new: pointer.appending(key)) { result[key] = list }
            } else if SwaggerConverter.methods.contains(key) {
                result[key] = operation(
                    member, at: pointer.appending(key), shared: shared, consumes: consumes, produces: produces)
            } else {
                result[key] = member
            }
        }
        return .object(result)
    }

    private mutating func operation(
        _ value: JSONValue, at pointer: JSONPointer, shared: [RequestPart], consumes: [String], produces: [String]
    ) -> JSONValue {
        guard let operation = value.objectValue else { return value }
        let consumes = operation["consumes"]?.arrayValue?.compactMap(\.stringValue) ?? consumes
        let produces = operation["produces"]?.arrayValue?.compactMap(\.stringValue) ?? produces
        let (parameters, own) = sortParameters(operation["parameters"], at: pointer.appending("parameters"))
        // Operation parameters override the path item's: the body as a whole, form fields by name.
        let inherited = shared.filter { part in
            part.isBody ? !own.contains(where: \.isBody) : !own.contains { !$0.isBody && $0.name == part.name }
        }
        var result = JSONObject()
        for (key, member) in operation {
            switch key {
            case "consumes", "produces":
                break
            case "schemes":
                let root = original.documents[file]?.root.objectValue ?? JSONObject()
                if let servers = servers(root, schemes: member, at: pointer, new: pointer.appending("servers")) {
                    result["servers"] = servers
                }
            case "parameters":
                if let list = convertParameters(parameters, new: pointer.appending(key)) { result[key] = list }
            case "responses":
                result[key] = responses(member, old: pointer.appending(key), new: pointer.appending(key), produces: produces)
            default:
                result[key] = member
            }
        }
        if let body = requestBody(inherited + own, consumes: consumes, new: pointer.appending("requestBody")) {
            result["requestBody"] = body
        }
        return .object(result)
    }

    /// Splits a `parameters` list into the parameters that stay (with where each is written)
    /// and the body and form parameters, following references to see which is which.
    private mutating func sortParameters(_ value: JSONValue?, at pointer: JSONPointer)
        -> (parameters: [(JSONValue, JSONPointer)], parts: [RequestPart])
    {
        var parameters: [(JSONValue, JSONPointer)] = []
        var parts: [RequestPart] = []
        for (index, entry) in (value?.arrayValue ?? []).enumerated() {
            let old = pointer.appending(index)
            if let text = entry["$ref"]?.stringValue, let (target, object) = target(of: text, at: old.appending("$ref")),
                SwaggerConverter.isBodyOrForm(.object(object))
            {
                let local = target.file == file
                let remote = String(DocumentSet.split(text).file) + "#" + target.pointer.description
                parts.append(RequestPart(object: object, old: local ? target.pointer : old, remote: local ? nil : remote))
            } else if SwaggerConverter.isBodyOrForm(entry), let object = entry.objectValue {
                parts.append(RequestPart(object: object, old: old, remote: nil))
            } else {
                parameters.append((entry, old))
            }
        }
        return (parameters, parts)
    }

    /// The parameters that stay, converted; nil when none is left.
    private mutating func convertParameters(_ parameters: [(JSONValue, JSONPointer)], new: JSONPointer) -> JSONValue? {
        guard !parameters.isEmpty else { return nil }
        var list: [JSONValue] = []
        for (value, old) in parameters {
            list.append(parameterOrReference(value, old: old, new: new.appending(list.count)))
        }
        return .array(list)
    }
}
