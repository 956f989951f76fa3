extension SwaggerConverter {
    /// A Swagger schema (at `old`) as an OpenAPI 3.0 schema (at `new`).
    ///
    /// `x-nullable` becomes `nullable` (a nullable reference an `allOf` around it), `type: file`
    /// a binary string, a string `discriminator` a discriminator object, and references follow
    /// the moved sections.
    mutating func schema(_ value: JSONValue, old: JSONPointer, new: JSONPointer) -> JSONValue {
        record(new, from: old)
        guard let object = value.objectValue else { return value }
        if let text = object["$ref"]?.stringValue, object["x-nullable"]?.boolValue == true {
            // Beside `$ref` every keyword is ignored in 3.0, so the reference moves into an
            // `allOf` that `nullable` can apply to.
            var rest = object
            rest["$ref"] = nil
            var result = schema(.object(rest), old: old, new: new).objectValue ?? JSONObject()
            record(new.appending("allOf").appending(0), from: old)
            result["allOf"] = [["$ref": .string(reference(text, as: .schema))]]
            return .object(result)
        }
        var result = JSONObject()
        for (key, member) in object {
            let oldChild = old.appending(key)
            switch key {
            case "$ref":
                result[key] = member.stringValue.map { .string(reference($0, as: .schema)) } ?? member
            case "x-nullable":
                // `x-nullable: false` is the default and says nothing in 3.0.
                if member.boolValue == true {
                    result["nullable"] = true
                    record(new.appending("nullable"), from: oldChild)
                }
            case "type" where member.stringValue == "file":
                result["type"] = "string"
                result["format"] = "binary"
                record(new.appending("format"), from: oldChild)
            case "format" where object["type"]?.stringValue == "file":
                break
            case "discriminator" where member.stringValue != nil:
                result[key] = ["propertyName": member]
                record(new.appending(key).appending("propertyName"), from: oldChild)
            case "properties", "patternProperties":
                guard let properties = member.objectValue else {
                    result[key] = member
                    continue
                }
                var converted = JSONObject()
                for (name, property) in properties {
                    converted[name] = schema(property, old: oldChild.appending(name), new: new.appending(key).appending(name))
                }
                result[key] = .object(converted)
            case "items", "additionalProperties", "not", "allOf", "anyOf", "oneOf":
                result[key] = subschemas(member, old: oldChild, new: new.appending(key))
            default:
                result[key] = member
            }
        }
        return .object(result)
    }

    /// One subschema or a list of them; booleans and other values stay as they are.
    private mutating func subschemas(_ value: JSONValue, old: JSONPointer, new: JSONPointer) -> JSONValue {
        switch value {
        case .object: return schema(value, old: old, new: new)
        case .array(let list):
            return .array(list.enumerated().map { schema($1, old: old.appending($0), new: new.appending($0)) })
        default: return value
        }
    }
}
