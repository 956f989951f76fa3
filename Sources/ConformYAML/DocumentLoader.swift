/// A YAML or JSON document loaded into values with positions.
public struct LoadedDocument: Sendable {
    /// The document's root value.
    public var root: JSONValue
    /// Positions of every node.
    public var sourceMap: SourceMap
    /// Warnings found while loading (YAML 1.1 typing traps).
    public var warnings: [Diagnostic]

    /// The file name used in positions.
    public var file: String { sourceMap.file }

    public init(root: JSONValue, sourceMap: SourceMap, warnings: [Diagnostic]) {
        self.root = root
        self.sourceMap = sourceMap
        self.warnings = warnings
    }
}

/// Limits that keep hostile input from exhausting memory or time.
public struct LoadOptions: Sendable {
    /// The most nodes that alias expansion may add before loading fails.
    public var maxAliasExpansion: Int
    /// The deepest nesting allowed.
    public var maxDepth: Int

    public init(maxAliasExpansion: Int = 1_000_000, maxDepth: Int = 512) {
        self.maxAliasExpansion = maxAliasExpansion
        self.maxDepth = maxDepth
    }
}

/// Loading failed; the diagnostics say where and why.
public struct LoadError: Error, Sendable, CustomStringConvertible {
    /// At least one error, with notes.
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Loads YAML 1.2 and JSON documents through libyaml's event API.
public enum DocumentLoader {
    /// Loads the file at `path`; positions name the file as `path` spells it.
    public static func load(path: String, options: LoadOptions = LoadOptions()) throws(LoadError) -> LoadedDocument {
        fatalError("TODO(loader): implemented by the loader work")
    }

    /// Loads a document from memory; `file` is the name used in positions.
    public static func load(bytes: [UInt8], file: String, options: LoadOptions = LoadOptions()) throws(LoadError)
        -> LoadedDocument
    {
        fatalError("TODO(loader): implemented by the loader work")
    }
}
