extension SwaggerConverter {
    /// Swagger's OAuth2 `flow` names and their OpenAPI 3 `flows` keys.
    private static let flowNames = [
        "implicit": "implicit", "password": "password", "application": "clientCredentials",
        "accessCode": "authorizationCode",
    ]

    /// A security definition as a security scheme: `basic` as http basic, OAuth2's one
    /// `flow` as a `flows` entry; `apiKey` is the same in both versions.
    mutating func securityScheme(_ value: JSONValue, old: JSONPointer, new: JSONPointer) -> JSONValue {
        record(new, from: old)
        guard let object = value.objectValue else { return value }
        var result = JSONObject()
        for (key, member) in object {
            switch (object["type"]?.stringValue, key) {
            case ("basic", "type"):
                result["type"] = "http"
                result["scheme"] = "basic"
                record(new.appending("scheme"), from: old.appending(key))
            case ("oauth2", "flow"):
                guard let flow = member.stringValue.flatMap({ SwaggerConverter.flowNames[$0] }) else {
                    report(.error, "unknown OAuth2 flow", code: "spec.invalid", at: old.appending(key))
                    continue
                }
                var fields = JSONObject()
                for field in ["authorizationUrl", "tokenUrl"] where object[field] != nil { fields[field] = object[field] }
                fields["scopes"] = object["scopes"] ?? .object(JSONObject())
                result["flows"] = [flow: .object(fields)]
                record(new.appending("flows"), from: old.appending(key))
                record(new.appending("flows").appending(flow), from: old)
            case ("oauth2", "authorizationUrl"), ("oauth2", "tokenUrl"), ("oauth2", "scopes"):
                break
            default:
                result[key] = member
            }
        }
        return .object(result)
    }
}
