extension DocsPageConverter {
    private static let parameterLocations = ["path", "query", "header", "cookie"]

    /// The page's `paths` block (at `old`) as an operation (at `new`).
    mutating func operation(_ page: JSONObject, old: JSONPointer, new: JSONPointer) -> JSONValue {
        record(new, from: old)
        var result = JSONObject()
        if let title = self.page?.title { result["summary"] = .string(title) }
        if let description = self.page?.description { result["description"] = .string(description) }
        if let servers = page["servers"],
            let own = operationServers(servers, old: old.appending("servers"), new: new.appending("servers"))
        {
            result["servers"] = own
        }
        let request = page["request"]?.objectValue ?? JSONObject()
        let requestPointer = old.appending("request")
        if let security = request["security"]?.arrayValue {
            result["security"] = self.security(security, old: requestPointer.appending("security"))
            record(new.appending("security"), from: requestPointer.appending("security"))
        }
        let parameters = self.parameters(
            request["parameters"]?.objectValue ?? JSONObject(), old: requestPointer.appending("parameters"),
            new: new.appending("parameters"))
        if !parameters.isEmpty { result["parameters"] = .array(parameters) }
        if let body = request["body"]?.objectValue,
            let requestBody = requestBody(body, old: requestPointer.appending("body"), new: new.appending("requestBody"))
        {
            result["requestBody"] = requestBody
        }
        result["responses"] = responses(
            page["response"]?.objectValue ?? JSONObject(), old: old.appending("response"), new: new.appending("responses"))
        if page["deprecated"]?.boolValue == true { result["deprecated"] = true }
        if let samples = page["codeSamples"] {
            result["x-codeSamples"] = samples
            record(new.appending("x-codeSamples"), from: old.appending("codeSamples"))
        }
        return .object(result)
    }

    /// `parameters: {path: {name: {schema: [...]}}, query: ..., header: ..., cookie: ...}`
    /// as a list of parameter objects.
    private mutating func parameters(_ groups: JSONObject, old: JSONPointer, new: JSONPointer) -> [JSONValue] {
        var result: [JSONValue] = []
        for location in DocsPageConverter.parameterLocations {
            for (name, definition) in groups[location]?.objectValue ?? JSONObject() {
                let source = old.appending(location).appending(name)
                let target = new.appending(result.count)
                record(target, from: source)
                let key = definition["schemaArray"] != nil ? "schemaArray" : "schema"
                let alternatives = definition[key]?.arrayValue ?? []
                var parameter: JSONObject = JSONObject([("name", .string(name)), ("in", .string(location))])
                if let description = alternatives.first?["description"] { parameter["description"] = description }
                if location == "path" || alternatives.contains(where: { $0["required"]?.boolValue == true }) {
                    parameter["required"] = true
                }
                parameter["schema"] = schema(fromArray: alternatives, old: source.appending(key), new: target.appending("schema"))
                result.append(.object(parameter))
            }
        }
        return result
    }

    /// `body: {<media>: {schemaArray, examples}}` as a request body; nil when only a placeholder.
    private mutating func requestBody(_ body: JSONObject, old: JSONPointer, new: JSONPointer) -> JSONValue? {
        record(new, from: old)
        let content = self.content(body, old: old, new: new.appending("content"))
        guard !content.isEmpty else { return nil }
        var result = JSONObject([("content", .object(content))])
        let required = body.values.contains { media in
            media["schemaArray"]?.arrayValue?.contains { $0["required"]?.boolValue == true } == true
        }
        if required { result["required"] = true }
        return .object(result)
    }

    /// `response: {<status>: {<media>: {schemaArray, examples}, description}}` as responses.
    private mutating func responses(_ statuses: JSONObject, old: JSONPointer, new: JSONPointer) -> JSONValue {
        record(new, from: old)
        var result = JSONObject()
        for (status, entry) in statuses {
            let source = old.appending(status)
            let target = new.appending(status)
            record(target, from: source)
            let media = (entry.objectValue ?? JSONObject()).members.filter { $0.key != "description" }
            // Pages write the description beside the media types or inside one of them.
            let description = entry["description"] ?? media.lazy.compactMap { $0.value["description"] }.first ?? ""
            var response = JSONObject([("description", description)])
            let content = self.content(JSONObject(media), old: source, new: target.appending("content"))
            if !content.isEmpty { response["content"] = .object(content) }
            result[status] = .object(response)
        }
        return .object(result)
    }

    /// Media types with their schema and examples, placeholders left out.
    private mutating func content(_ media: JSONObject, old: JSONPointer, new: JSONPointer) -> JSONObject {
        var content = JSONObject()
        for (name, entry) in media where name != DocsPageConverter.placeholder {
            let source = old.appending(name)
            let target = new.appending(name)
            record(target, from: source)
            var result = JSONObject()
            if let alternatives = entry["schemaArray"]?.arrayValue {
                result["schema"] = schema(fromArray: alternatives, old: source.appending("schemaArray"), new: target.appending("schema"))
            }
            if let examples = entry["examples"]?.objectValue, !examples.isEmpty {
                result["examples"] = .object(examples)
            }
            content[name] = .object(result)
        }
        return content
    }
}
