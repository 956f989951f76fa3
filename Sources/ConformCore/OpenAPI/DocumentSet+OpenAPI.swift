extension DocumentSet {
    /// The OpenAPI 3 description at `location`, read through `source` with every file its
    /// `$ref`s reach, then converted when it is not OpenAPI 3 itself: a docs-site operation
    /// page (see ``DocsPage``) to 3.1, a Swagger 2.0 document to 3.0, each with a note.
    public static func openAPI(
        _ location: String, from source: some DocumentSource, options: LoadOptions = LoadOptions()
    ) throws(LoadError) -> DocumentSet {
        if let page = try DocsPage.read(location, from: source, options: options) {
            return DocumentSet(page: page, source: source, options: options)
        }
        return try DocumentSet(loading: location, from: source, options: options).convertingSwagger2()
    }
}
