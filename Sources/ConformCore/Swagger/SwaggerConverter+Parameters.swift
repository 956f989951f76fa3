extension SwaggerConverter {
    /// Parameter fields that describe the value and so move into the parameter's `schema`.
    static let schemaFields: Set<String> = [
        "type", "format", "items", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "enum", "multipleOf",
        "x-nullable",
    ]

    /// True for a `body` or `formData` parameter, which OpenAPI 3 expresses as a request body.
    static func isBodyOrForm(_ parameter: JSONValue) -> Bool {
        let location = parameter["in"]?.stringValue
        return location == "body" || location == "formData"
    }

    /// A parameter, or a reference to one, converted in place.
    mutating func parameterOrReference(_ value: JSONValue, old: JSONPointer, new: JSONPointer) -> JSONValue {
        if let text = value["$ref"]?.stringValue {
            record(new, from: old)
            return ["$ref": .string(reference(text, as: .parameter))]
        }
        return parameter(value, old: old, new: new)
    }

    /// A path, query or header parameter, its value fields moved into `schema`.
    mutating func parameter(_ value: JSONValue, old: JSONPointer, new: JSONPointer) -> JSONValue {
        record(new, from: old)
        guard let object = value.objectValue else { return value }
        var result = JSONObject()
        for (key, member) in object where !SwaggerConverter.schemaFields.contains(key) {
            switch key {
            case "collectionFormat": break
            case "x-example":
                result["example"] = member
                record(new.appending("example"), from: old.appending(key))
            case "allowEmptyValue" where object["in"]?.stringValue != "query": break
            default: result[key] = member
            }
        }
        result["schema"] = valueSchema(object, old: old, new: new.appending("schema"))
        if object["type"]?.stringValue == "array" {
            let location = object["in"]?.stringValue ?? "query"
            let format = collectionFormat(object, at: old)
            if let (style, explode) = format.style(in: location) {
                result["style"] = .string(style)
                result["explode"] = .bool(explode)
                let origin = object["collectionFormat"] != nil ? old.appending("collectionFormat") : old
                record(new.appending("style"), from: origin)
                record(new.appending("explode"), from: origin)
            }
        }
        return .object(result)
    }

    /// The schema that a parameter's or header's value fields (at `old`) describe.
    mutating func valueSchema(_ object: JSONObject, old: JSONPointer, new: JSONPointer) -> JSONValue {
        var fields = JSONObject()
        for (key, member) in object where SwaggerConverter.schemaFields.contains(key) {
            fields[key] = key == "items" ? SwaggerConverter.withoutCollectionFormats(member) : member
        }
        // The fields sit beside the parameter's own, so the schema's origin is the parameter.
        return schema(.object(fields), old: old, new: new)
    }

    /// The `collectionFormat` of an array parameter or header (csv when absent); `tsv` is
    /// reported, as OpenAPI 3 cannot describe it, and read as csv.
    mutating func collectionFormat(_ object: JSONObject, at old: JSONPointer) -> CollectionFormat {
        guard let text = object["collectionFormat"]?.stringValue else { return .csv }
        guard let format = CollectionFormat(rawValue: text), format != .tsv else {
            let name = object["name"]?.stringValue ?? old.last ?? ""
            report(.warning, "collectionFormat '\(text)' of '\(name)' has no OpenAPI 3 equivalent; the values are read as comma-separated",
                code: "spec.converted-unsupported", at: old.appending("collectionFormat"))
            return .csv
        }
        return format
    }

    /// Swagger `items` objects may carry their own `collectionFormat`, which is no schema keyword.
    private static func withoutCollectionFormats(_ items: JSONValue) -> JSONValue {
        guard var object = items.objectValue else { return items }
        object["collectionFormat"] = nil
        if let nested = object["items"] { object["items"] = withoutCollectionFormats(nested) }
        return .object(object)
    }
}
