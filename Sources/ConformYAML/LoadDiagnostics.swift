/// The loader's diagnostics, worded in one place so tests can pin their exact text.
enum LoadDiagnostics {
    static func unreadable(_ file: String, reason: String) -> Diagnostic {
        Diagnostic(.error, "cannot read '\(file)': \(reason)", code: "io.read", at: nil)
    }

    /// libyaml's reader refuses bytes that are not UTF-8 (or are control characters).
    static func badEncoding(_ file: String, problem: String, offset: Int) -> Diagnostic {
        let what = problem.contains("UTF-8") ? "not valid UTF-8 (\(problem) at byte \(offset))" : "\(problem) (at byte \(offset))"
        return unreadable(file, reason: what)
    }

    static func syntax(_ problem: String, at location: SourceLocation, context: String?, contextAt: SourceLocation, jsonHint: String?) -> Diagnostic {
        var notes: [Diagnostic] = []
        if let context { notes.append(.note(context, at: contextAt)) }
        if let jsonHint { notes.append(.note(jsonHint, at: location)) }
        return Diagnostic(.error, problem, code: "yaml.syntax", at: location, notes: notes)
    }

    static func empty(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "the file holds no YAML document", code: "yaml.empty", at: location)
    }

    static func multipleDocuments(at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, "a second YAML document starts here; a spec file must hold exactly one",
            code: "yaml.multiple-documents", at: location, notes: [.note("the first document starts here", at: first)])
    }

    static func duplicateKey(_ key: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, "duplicate key '\(key)' in mapping", code: "yaml.duplicate-key", at: location,
            notes: [.note("first defined here", at: first)])
    }

    static func complexKey(isMapping: Bool, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, "mapping keys must be scalars, found a \(isMapping ? "mapping" : "sequence") as key",
            code: "yaml.complex-key", at: location)
    }

    static func tooDeep(_ limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "nesting deeper than \(limit) levels (LoadOptions.maxDepth)", code: "yaml.depth", at: location)
    }

    static func undefinedAlias(_ name: String, recursive: Bool, at location: SourceLocation) -> Diagnostic {
        recursive
            ? Diagnostic(.error, "alias '*\(name)' refers to a node that contains it", code: "yaml.recursive-alias", at: location)
            : Diagnostic(.error, "alias '*\(name)' has no anchor '&\(name)' before it", code: "yaml.undefined-alias", at: location)
    }

    static func aliasBudget(_ name: String, limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, "alias '*\(name)' expands the document past \(limit) copied nodes (LoadOptions.maxAliasExpansion)",
            code: "yaml.alias-budget", at: location)
    }

    static func badTaggedValue(_ text: String, tag: YAMLTag, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "'\(text)' is not a valid !!\(tag)", code: "yaml.tag", at: location)
    }

    static func badMerge(_ value: JSONValue, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, "merge key '<<' needs a mapping or a sequence of mappings, found \(kind(of: value))",
            code: "yaml.merge", at: location)
    }

    private static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number(let number): return number.isInteger ? "an integer" : "a number"
        case .string: return "a string"
        case .array: return "a sequence"
        case .object: return "a mapping"
        }
    }
}
