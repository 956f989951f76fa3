/// Turns a body value into bytes for its media type: JSON, form-urlencoded (OAS `encoding`
/// rules) or multipart/form-data.
enum BodyEncoder {
    /// The bytes and the `Content-Type` to send.
    static func encode(_ value: JSONValue, mediaType: MediaType, boundarySeed: String) -> (bytes: [UInt8], contentType: String) {
        switch mediaType.essence {
        case "application/x-www-form-urlencoded":
            return (Array(form(value, encoding: mediaType.encoding).utf8), mediaType.name)
        case "multipart/form-data":
            let boundary = "conform-" + StableHash.hex(StableHash.of(boundarySeed))
            return (multipart(value, encoding: mediaType.encoding, boundary: boundary),
                "multipart/form-data; boundary=\(boundary)")
        default:
            if mediaType.isJSON || value.stringValue == nil { return (value.compactBytes, mediaType.name) }
            return (Array(value.stringValue!.utf8), mediaType.name)
        }
    }

    /// `a=1&b[c]=2`: nested objects and arrays in brackets (deepObject, Stripe's form), or
    /// repeated names for arrays whose encoding says `form` with `explode`.
    static func form(_ value: JSONValue, encoding: [String: MediaType.Encoding]) -> String {
        guard let object = value.objectValue else {
            return PercentEncoding.encode(ParameterSerializer.text(value))
        }
        var pairs: [String] = []
        for (name, member) in object {
            let rule = encoding[name]
            let allowReserved = rule?.allowReserved ?? false
            let encode = { (text: String) in PercentEncoding.encode(text, allowReserved: allowReserved) }
            if rule?.contentType.map(MediaType.isJSON) == true {
                pairs.append(PercentEncoding.encode(name) + "=" + encode(member.serialized(.compact)))
            } else if case .array(let items) = member, (rule?.style ?? .form) == .form,
                items.allSatisfy({ $0.arrayValue == nil && $0.objectValue == nil })
            {
                if rule?.explode ?? true {
                    pairs += items.map { PercentEncoding.encode(name) + "=" + encode(ParameterSerializer.text($0)) }
                } else {
                    pairs.append(PercentEncoding.encode(name) + "=" + items.map { encode(ParameterSerializer.text($0)) }.joined(separator: ","))
                }
            } else {
                pairs += ParameterSerializer.flatten(member, prefix: name).map {
                    PercentEncoding.encode($0.key) + "=" + encode($0.value)
                }
            }
        }
        return pairs.joined(separator: "&")
    }

    /// One part per top-level member: primitives as text, objects and arrays as JSON,
    /// `format: binary` strings are not known here, so strings go as text.
    static func multipart(_ value: JSONValue, encoding: [String: MediaType.Encoding], boundary: String) -> [UInt8] {
        var text = ""
        for (name, member) in value.objectValue ?? JSONObject() {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n"
            let declared = encoding[name]?.contentType
            switch member {
            case .object, .array:
                text += "Content-Type: \(declared ?? "application/json")\r\n\r\n\(member.serialized(.compact))\r\n"
            default:
                if let declared { text += "Content-Type: \(declared)\r\n" }
                text += "\r\n\(ParameterSerializer.text(member))\r\n"
            }
        }
        text += "--\(boundary)--\r\n"
        return Array(text.utf8)
    }
}
