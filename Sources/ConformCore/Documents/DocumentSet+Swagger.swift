extension DocumentSet {
    /// Replaces the loaded Swagger 2.0 files by their OpenAPI 3.0 conversion.
    mutating func convertFromSwagger() {
        var converter = SwaggerConverter(original: self)
        documents = converter.convert()
        diagnostics = converter.diagnostics + diagnostics
    }
}
