extension SwaggerConverter {
    /// A `responses` map; `x-` members stay as they are.
    mutating func responses(_ value: JSONValue, old: JSONPointer, new: JSONPointer, produces: [String]) -> JSONValue {
        guard let object = value.objectValue else { return value }
        var result = JSONObject()
        for (status, response) in object {
            result[status] = status.hasPrefix("x-")
                ? response
                : self.response(response, old: old.appending(status), new: new.appending(status), produces: produces)
        }
        return .object(result)
    }

    /// A response: its `schema` under each media type of `produces`, `examples` as each media
    /// type's `example`, headers with schemas.
    mutating func response(_ value: JSONValue, old: JSONPointer, new: JSONPointer, produces: [String]) -> JSONValue {
        record(new, from: old)
        if let text = value["$ref"]?.stringValue {
            return ["$ref": .string(reference(text, as: .response))]
        }
        guard let object = value.objectValue else { return value }
        var result = JSONObject()
        for (key, member) in object where key != "schema" && key != "examples" {
            result[key] = key == "headers" ? headers(member, old: old.appending(key), new: new.appending(key)) : member
        }
        let examples = object["examples"]?.objectValue ?? JSONObject()
        var content = JSONObject()
        if let schemaValue = object["schema"] {
            for mediaType in produces.isEmpty ? ["application/json"] : produces {
                let mediaPointer = new.appending("content").appending(mediaType)
                record(mediaPointer, from: old.appending("schema"))
                var media = JSONObject()
                media["schema"] = schema(schemaValue, old: old.appending("schema"), new: mediaPointer.appending("schema"))
                if let example = examples[mediaType] {
                    media["example"] = example
                    record(mediaPointer.appending("example"), from: old.appending("examples").appending(mediaType))
                }
                content[mediaType] = .object(media)
            }
        }
        for (mediaType, example) in examples where content[mediaType] == nil {
            let mediaPointer = new.appending("content").appending(mediaType)
            record(mediaPointer, from: old.appending("examples").appending(mediaType))
            record(mediaPointer.appending("example"), from: old.appending("examples").appending(mediaType))
            content[mediaType] = ["example": example]
        }
        if !content.isEmpty { result["content"] = .object(content) }
        return .object(result)
    }

    /// Response headers, their value fields moved into `schema`.
    private mutating func headers(_ value: JSONValue, old: JSONPointer, new: JSONPointer) -> JSONValue {
        guard let headers = value.objectValue else { return value }
        var result = JSONObject()
        for (name, header) in headers {
            guard let object = header.objectValue else {
                result[name] = header
                continue
            }
            record(new.appending(name), from: old.appending(name))
            var converted = JSONObject()
            for (key, member) in object where !SwaggerConverter.schemaFields.contains(key) && key != "collectionFormat" {
                converted[key] = member
            }
            converted["schema"] = valueSchema(object, old: old.appending(name), new: new.appending(name).appending("schema"))
            result[name] = .object(converted)
        }
        return .object(result)
    }
}
