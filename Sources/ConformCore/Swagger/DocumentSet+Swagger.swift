extension DocumentSet {
    /// This set with a Swagger 2.0 root converted to OpenAPI 3.0, together with the parts of
    /// other files it references, so that every reader of the set sees one dialect; the
    /// converter's notes (`spec.converted` among them) come first. Any other set is returned
    /// unchanged.
    public func convertingSwagger2() -> DocumentSet {
        guard SwaggerConverter.isSwagger2(root.root) else { return self }
        var converter = SwaggerConverter(original: self)
        var converted = self
        converted.documents = converter.convert()
        converted.diagnostics = converter.diagnostics + diagnostics
        return converted
    }
}
