/// An OpenAPI 3.0 or 3.1 document, read into operations with every `$ref` of the
/// operation-level objects (parameters, request bodies, responses, headers) followed.
///
/// Schemas stay as ``DocumentPointer``s into the ``DocumentSet``: the validator compiles
/// them and the generator walks them, each in the document's own dialect.
public struct Document: Sendable {
    /// The loaded files.
    public let documents: DocumentSet
    public let version: OpenAPIVersion
    /// The `openapi` field as written (`3.0.3`).
    public let versionText: String
    public let info: Info
    public let servers: [Server]
    /// Every operation, by path in document order, then by method in specification order.
    public let operations: [Operation]
    /// `components/securitySchemes` by name.
    public let securitySchemes: [String: SecurityScheme]
    /// Problems found while reading the document into the model.
    public let diagnostics: [Diagnostic]

    /// The file the document was loaded from.
    public var file: String { documents.rootFile }

    /// The operation with `id` (an operationId, or `METHOD /path`).
    public func operation(withID id: String) -> Operation? {
        operations.first { $0.id == id }
    }

    /// Reads the document at `location` through `source` (converted to OpenAPI 3 as
    /// ``DocumentSet/openAPI(_:from:options:)`` does).
    ///
    /// Throws when the file cannot be loaded, is not an OpenAPI 3.x document at all or lacks the
    /// top-level fields its version requires; other problems are in ``diagnostics`` and the faulty
    /// parts are left out of the model.
    public init(_ location: String, from source: some DocumentSource, options: LoadOptions = LoadOptions())
        throws(LoadError)
    {
        try self.init(documents: DocumentSet.openAPI(location, from: source, options: options))
    }

    /// Reads an already loaded document set.
    public init(documents: DocumentSet) throws(LoadError) {
        var reader = DocumentReader(documents: documents)
        let (version, versionText) = try reader.readVersion()
        try reader.checkTopLevel(version)
        self.documents = documents
        self.version = version
        self.versionText = versionText
        self.info = reader.readInfo()
        self.servers = reader.readServers(at: documents.rootPointer.appending("servers")) ?? [
            Server(template: "/", url: "/")
        ]
        self.securitySchemes = reader.readSecuritySchemes()
        self.operations = reader.readOperations(servers: servers, securitySchemes: securitySchemes)
        self.diagnostics = documents.diagnostics + reader.diagnostics
    }
}
