/// The OpenAPI versions conform reads.
public enum OpenAPIVersion: String, Sendable, Hashable {
    /// 3.0.x: schemas are an extended subset of JSON Schema draft 4 (`nullable`, boolean exclusives).
    case v3_0 = "3.0"
    /// 3.1.x: schemas are JSON Schema 2020-12.
    case v3_1 = "3.1"
}
