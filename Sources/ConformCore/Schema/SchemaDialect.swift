/// The schema language of a document's Schema Objects; it decides which keywords exist and
/// what they mean.
public enum SchemaDialect: String, Sendable, CaseIterable {
    /// OpenAPI 3.0.x: JSON Schema draft 4 with `nullable`, boolean `exclusiveMinimum` and
    /// `exclusiveMaximum`, no type arrays, and `$ref` siblings ignored.
    case openAPI30
    /// OpenAPI 3.1.x: JSON Schema 2020-12.
    case openAPI31
    /// Plain JSON Schema draft 4.
    case draft4
    /// Plain JSON Schema 2020-12.
    case draft2020_12

    /// The dialect a root document declares: `openapi: 3.0.x` or `3.1.x`, else `$schema`;
    /// a document that says neither is read as 2020-12.
    public static func detect(in root: JSONValue) -> SchemaDialect {
        if let version = root["openapi"]?.stringValue {
            return version.hasPrefix("3.0") ? .openAPI30 : .openAPI31
        }
        if let schema = root["$schema"]?.stringValue, schema.contains("draft-04") {
            return .draft4
        }
        return .draft2020_12
    }

    /// True for the draft-4 based dialects (OAS 3.0 and draft 4).
    var isDraft4: Bool { self == .openAPI30 || self == .draft4 }

    /// True for the OpenAPI dialects, which add `discriminator`, `readOnly`/`writeOnly` rules
    /// and the OpenAPI formats.
    var isOpenAPI: Bool { self == .openAPI30 || self == .openAPI31 }
}
