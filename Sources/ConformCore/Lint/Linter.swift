/// `conform lint`: every problem of a document, as compiler-style diagnostics.
public enum Linter {
    /// Reads `location` through `source` and returns its diagnostics sorted by position.
    ///
    /// Loading errors (YAML syntax, a document that is not OpenAPI 3) end the lint of that
    /// file early; everything else is collected in one pass.
    public static func lint(_ location: String, from source: some DocumentSource, options: LoadOptions = LoadOptions())
        -> [Diagnostic]
    {
        let documents: DocumentSet
        do {
            documents = try DocumentSet.openAPI(location, from: source, options: options)
        } catch {
            return error.diagnostics.sorted()
        }
        return lint(documents: documents)
    }

    /// The diagnostics of an already loaded set (fetched by URL, say), sorted by position.
    public static func lint(documents: DocumentSet) -> [Diagnostic] {
        let warnings = documents.documents.values.flatMap(\.warnings)
        let document: Document
        do {
            document = try Document(documents: documents)
        } catch {
            return (warnings + error.diagnostics).sorted()
        }
        return (warnings + lint(document)).sorted()
    }

    /// The diagnostics of a document already read into the model (its loading warnings aside).
    public static func lint(_ document: Document) -> [Diagnostic] {
        var diagnostics = document.diagnostics
        diagnostics += referenceProblems(in: document.documents)
        diagnostics += operationProblems(in: document)
        diagnostics += schemaProblems(in: document)
        diagnostics += exampleProblems(in: document)
        // A broken reference met while reading the model is met again by the reference rule.
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }
}
