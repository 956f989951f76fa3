extension SwaggerConverter {
    private static func isForm(_ mediaType: String) -> Bool {
        mediaType.hasPrefix("multipart/form-data") || mediaType.hasPrefix("application/x-www-form-urlencoded")
    }

    /// The request body that the body parameter, or else the form parameters, describe;
    /// nil when there are none. `consumes` gives the media types.
    mutating func requestBody(_ parts: [RequestPart], consumes: [String], new: JSONPointer) -> JSONValue? {
        if let body = parts.first(where: \.isBody) {
            return requestBody(body: body, consumes: consumes, new: new)
        }
        let fields = parts.filter { !$0.isBody }
        guard !fields.isEmpty else { return nil }
        return requestBody(form: fields, consumes: consumes, new: new)
    }

    private mutating func requestBody(body: RequestPart, consumes: [String], new: JSONPointer) -> JSONValue {
        record(new, from: body.old)
        var result = JSONObject()
        if let description = body.object["description"] { result["description"] = description }
        let nonForm = consumes.filter { !SwaggerConverter.isForm($0) }
        var content = JSONObject()
        for mediaType in nonForm.isEmpty ? (consumes.isEmpty ? ["application/json"] : consumes) : nonForm {
            let schemaPointer = new.appending("content").appending(mediaType).appending("schema")
            record(schemaPointer.parent, from: body.old)
            let schema: JSONValue
            if let remote = body.remote {
                // The schema stays in its own file, where its relative references still hold.
                schema = ["$ref": .string(reference(remote + "/schema", as: .schema))]
                record(schemaPointer, from: body.old)
            } else {
                schema = self.schema(body.object["schema"] ?? [:], old: body.old.appending("schema"), new: schemaPointer)
            }
            content[mediaType] = ["schema": schema]
        }
        result["content"] = .object(content)
        if body.isRequired { result["required"] = true }
        for (key, member) in body.object where key.hasPrefix("x-") { result[key] = member }
        return .object(result)
    }

    /// Form fields as an object schema under a form media type: multipart when a field is a
    /// file or `consumes` says so, URL-encoded otherwise.
    private mutating func requestBody(form fields: [RequestPart], consumes: [String], new: JSONPointer) -> JSONValue {
        record(new, from: fields[0].old)
        let hasFile = fields.contains { $0.object["type"]?.stringValue == "file" }
        var mediaTypes = consumes.filter(SwaggerConverter.isForm)
        if mediaTypes.isEmpty { mediaTypes = [hasFile ? "multipart/form-data" : "application/x-www-form-urlencoded"] }
        var content = JSONObject()
        for mediaType in mediaTypes {
            let mediaPointer = new.appending("content").appending(mediaType)
            let schemaPointer = mediaPointer.appending("schema")
            record(mediaPointer, from: fields[0].old)
            record(schemaPointer, from: fields[0].old)
            var properties = JSONObject()
            var encoding = JSONObject()
            for field in fields {
                let propertyPointer = schemaPointer.appending("properties").appending(field.name)
                var property = valueSchema(field.object, old: field.old, new: propertyPointer).objectValue ?? JSONObject()
                if let description = field.object["description"] { property["description"] = description }
                properties[field.name] = .object(property)
                if field.object["type"]?.stringValue == "array", mediaType.hasPrefix("application/x-www-form-urlencoded"),
                    let (style, explode) = collectionFormat(field.object, at: field.old).style(in: "query")
                {
                    encoding[field.name] = ["style": .string(style), "explode": .bool(explode)]
                    record(mediaPointer.appending("encoding").appending(field.name), from: field.old)
                }
            }
            var schema = JSONObject([("type", "object"), ("properties", .object(properties))])
            let required = fields.filter(\.isRequired).map { JSONValue.string($0.name) }
            if !required.isEmpty { schema["required"] = .array(required) }
            var media = JSONObject([("schema", .object(schema))])
            if !encoding.isEmpty { media["encoding"] = .object(encoding) }
            content[mediaType] = .object(media)
        }
        var result = JSONObject([("content", .object(content))])
        if fields.contains(where: \.isRequired) { result["required"] = true }
        return .object(result)
    }
}
