extension DocsPageConverter {
    private static let componentPrefix = "#/components/schemas/"
    private static let singleSubschemas: Set<String> = [
        "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
        "unevaluatedProperties", "unevaluatedItems", "contentSchema",
    ]
    private static let listSubschemas: Set<String> = ["allOf", "anyOf", "oneOf", "prefixItems"]
    private static let mapSubschemas: Set<String> = ["properties", "patternProperties", "$defs", "dependentSchemas"]

    /// A `schemaArray`: its one schema, or its alternatives as `oneOf`.
    mutating func schema(fromArray alternatives: [JSONValue], old: JSONPointer, new: JSONPointer) -> JSONValue {
        if alternatives.count == 1 { return schema(alternatives[0], old: old.appending(0), new: new) }
        record(new, from: old)
        let list = alternatives.enumerated().map { index, alternative in
            schema(alternative, old: old.appending(index), new: new.appending("oneOf").appending(index))
        }
        return list.isEmpty ? .object(JSONObject()) : ["oneOf": .array(list)]
    }

    /// A page schema as a JSON Schema: `requiredProperties` as `required`, a boolean
    /// `required` (the page's "this body or parameter is required") dropped, `type: any`
    /// dropped, and a schema with `refIdentifier` moved into components and referenced.
    mutating func schema(_ value: JSONValue, old: JSONPointer, new: JSONPointer) -> JSONValue {
        record(new, from: old)
        guard var object = value.objectValue else { return value }
        if let identifier = object["refIdentifier"]?.stringValue, identifier.hasPrefix(DocsPageConverter.componentPrefix) {
            object["refIdentifier"] = nil
            let name = String(identifier.dropFirst(DocsPageConverter.componentPrefix.count))
            let component = JSONPointer.root.appending("components").appending("schemas").appending(name)
            let converted = schema(.object(object), old: old, new: component)
            addComponent(converted, section: "schemas", name: name, source: old)
            record(new.appending("$ref"), from: old.appending("refIdentifier"))
            return ["$ref": .string(identifier)]
        }
        var result = JSONObject()
        for (key, member) in object {
            let source = old.appending(key)
            let target = new.appending(key)
            switch key {
            case "requiredProperties":
                result["required"] = member
                record(new.appending("required"), from: source)
            case "required" where member.boolValue != nil:
                break
            case "type" where member.stringValue == "any":
                break
            case _ where DocsPageConverter.singleSubschemas.contains(key):
                result[key] = schema(member, old: source, new: target)
            case _ where DocsPageConverter.listSubschemas.contains(key):
                result[key] = member.arrayValue.map { list in
                    .array(list.enumerated().map { schema($1, old: source.appending($0), new: target.appending($0)) })
                } ?? member
            case _ where DocsPageConverter.mapSubschemas.contains(key):
                var converted = JSONObject()
                for (name, subschema) in member.objectValue ?? JSONObject() {
                    converted[name] = schema(subschema, old: source.appending(name), new: target.appending(name))
                }
                result[key] = member.objectValue == nil ? member : .object(converted)
            default:
                result[key] = member
            }
        }
        return .object(result)
    }
}
