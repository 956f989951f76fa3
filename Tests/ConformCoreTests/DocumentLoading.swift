import ConformCore
import ConformRunner

// One-line loading for tests, as the commands load: from a file on disk, or from in-memory
// text (with the other in-memory files its `$ref`s name).

extension DocumentSet {
    /// The set of the file at `path`, converted to OpenAPI 3 as the commands convert it.
    init(file path: String) throws(LoadError) {
        self = try .openAPI(path, from: FileSource())
    }

    /// The set of `text`, named `file`; `others` are the files its `$ref`s may name, by name.
    init(text: String, file: String = "test.yaml", others: [String: String] = [:]) throws(LoadError) {
        self = try .openAPI(file, from: InMemorySource(others.merging([file: text]) { _, root in root }))
    }
}

extension Document {
    /// The document at `path` on disk.
    init(file path: String) throws(LoadError) {
        try self.init(documents: DocumentSet(file: path))
    }

    /// The document whose text is `text`, named `file`; `others` as for ``DocumentSet/init(text:file:others:)``.
    init(text: String, file: String = "test.yaml", others: [String: String] = [:]) throws(LoadError) {
        try self.init(documents: DocumentSet(text: text, file: file, others: others))
    }
}

extension Linter {
    /// The diagnostics of the file at `path`.
    static func lint(file path: String) -> [Diagnostic] {
        lint(path, from: FileSource())
    }
}
