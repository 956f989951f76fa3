extension DocumentSet {
    /// The set of the OpenAPI 3.1 document that `page` describes, its references to other
    /// files read through `source`; the conversion's notes come first.
    public init(page: DocsPage, source: some DocumentSource, options: LoadOptions = LoadOptions()) {
        let (root, notes) = DocsPageConverter.convert(page)
        self.init(root: root, source: source, options: options)
        diagnostics = notes + diagnostics
    }
}
