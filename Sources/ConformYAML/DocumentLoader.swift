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

    /// `file` could not be read, for `reason` (`io.read`, without a position).
    public static func unreadable(_ file: String, reason: String) -> LoadError {
        LoadError([LoadDiagnostics.unreadable(file, reason: reason)])
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Loads YAML 1.2 and JSON documents through libyaml's event API.
///
/// JSON is read by the same path (it is YAML 1.2 flow style), so JSON specs get positions too.
/// One document per file; see ``LoadOptions`` for the limits on hostile input.
public enum DocumentLoader {
    /// Loads the file at `path`; positions name the file as `path` spells it.
    ///
    /// An unreadable file or one that is not UTF-8 fails with `io.read` and no position.
    public static func load(path: String, options: LoadOptions = LoadOptions()) throws(LoadError) -> LoadedDocument {
        let bytes = try FileReader.contents(of: path)
        return try load(bytes: bytes, file: path, options: options)
    }

    /// Loads a document from memory; `file` is the name used in positions.
    public static func load(bytes: [UInt8], file: String, options: LoadOptions = LoadOptions()) throws(LoadError)
        -> LoadedDocument
    {
        try bytes.withUnsafeBufferPointer { (input) throws(LoadError) -> LoadedDocument in
            let isJSON = JSONCompatibility.looksLikeJSON(input)
            if isJSON, let rewritten = JSONCompatibility.rewriteSurrogatePairs(input) {
                return try rewritten.bytes.withUnsafeBufferPointer { (input) throws(LoadError) -> LoadedDocument in
                    try parse(input, file: file, options: options, isJSON: true, shifts: rewritten.shifts)
                }
            }
            return try parse(input, file: file, options: options, isJSON: isJSON, shifts: ColumnShifts())
        }
    }

    private static func parse(
        _ input: UnsafeBufferPointer<UInt8>, file: String, options: LoadOptions, isJSON: Bool, shifts: ColumnShifts
    ) throws(LoadError) -> LoadedDocument {
        var parser = YAMLEventParser(input: input)
        var builder = TreeBuilder(file: file, options: options, warnsAboutYAML11: !isJSON, columnShifts: shifts)
        var firstDocument: YAMLEvent?
        while true {
            let event: YAMLEvent
            do {
                event = try parser.next()
            } catch {
                throw LoadError([diagnostic(for: error, builder: builder, isJSON: isJSON)])
            }
            switch event.kind {
            case .streamStart, .documentEnd:
                continue
            case .documentStart:
                if let firstDocument {
                    throw LoadError([
                        LoadDiagnostics.multipleDocuments(
                            at: builder.location(event), first: builder.location(firstDocument))
                    ])
                }
                firstDocument = event
            case .streamEnd:
                guard let root = builder.root, !builder.rootIsEmpty else {
                    throw LoadError([LoadDiagnostics.empty(at: SourceLocation(file: file, line: 1, column: 1))])
                }
                return LoadedDocument(root: root, sourceMap: builder.map, warnings: builder.warnings)
            default:
                try builder.handle(event)
            }
        }
    }

    /// libyaml's failure as a diagnostic: encoding problems as `io.read`, the rest as `yaml.syntax`.
    private static func diagnostic(for failure: YAMLEventParser.Failure, builder: TreeBuilder, isJSON: Bool)
        -> Diagnostic
    {
        switch failure.kind {
        case .reader:
            return LoadDiagnostics.badEncoding(builder.map.file, problem: failure.problem, offset: failure.offset)
        case .memory:
            return LoadDiagnostics.unreadable(builder.map.file, reason: "libyaml ran out of memory")
        case .syntax:
            let at = builder.location(line: UInt32(failure.line + 1), column: UInt32(failure.column + 1))
            let contextAt = builder.location(
                line: UInt32(failure.contextLine + 1), column: UInt32(failure.contextColumn + 1))
            return LoadDiagnostics.syntax(
                failure.problem, at: at, context: failure.context, contextAt: contextAt,
                jsonHint: isJSON ? JSONCompatibility.hint(for: failure.problem) : nil)
        }
    }
}
