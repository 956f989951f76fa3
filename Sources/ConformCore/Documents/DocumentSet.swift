import Foundation

/// A root document and every file its `$ref`s reach, loaded once up front.
///
/// Loading everything eagerly keeps the set immutable (and so `Sendable`), and turns a
/// missing or broken referenced file into a diagnostic at load time rather than a surprise
/// in the middle of a run.
public struct DocumentSet: Sendable {
    /// The name of the root file.
    public let rootFile: String
    /// Every loaded file by name; the root is among them.
    public internal(set) var documents: [String: LoadedDocument]
    /// Problems found while following references to other files (errors and warnings), and
    /// a note when the input was converted to OpenAPI 3 (see ``openAPI(_:from:options:)``).
    public internal(set) var diagnostics: [Diagnostic]
    /// Why each referenced file that could not be loaded failed, so every reference to it
    /// repeats the same diagnostic (and duplicates fold away) instead of a vaguer one.
    let unloadable: [String: Diagnostic]

    /// Loads `location` through `source`, and every file reachable from it through relative
    /// `$ref`s; nothing is converted (see ``openAPI(_:from:options:)``).
    ///
    /// Remote (`http:`/`https:`) references are reported as errors unless `allowRemote` is
    /// set, in which case they are read through `source` too.
    public init(
        loading location: String, from source: some DocumentSource, options: LoadOptions = LoadOptions(),
        allowRemote: Bool = false
    ) throws(LoadError) {
        let root = try DocumentLoader.load(bytes: source.bytes(at: location), file: location, options: options)
        self.init(root: root, source: source, options: options, allowRemote: allowRemote)
    }

    /// A set rooted at an already loaded document; the files its references name are read
    /// through `source`, as in ``init(loading:from:options:allowRemote:)``. A file that cannot
    /// be read is a diagnostic of the set, not a failure.
    public init(
        root: LoadedDocument, source: some DocumentSource, options: LoadOptions = LoadOptions(),
        allowRemote: Bool = false
    ) {
        var documents = [root.file: root]
        var diagnostics: [Diagnostic] = []
        var unloadable: [String: Diagnostic] = [:]
        var queue = [root.file]
        while let file = queue.popLast() {
            let document = documents[file]!
            for (reference, pointer) in DocumentSet.references(in: document.root) {
                guard let target = DocumentSet.fileComponent(of: reference, base: file) else { continue }
                if documents[target] != nil || unloadable[target] != nil { continue }
                let at = document.sourceMap.location(of: pointer)
                if DocumentSet.isRemote(target), !allowRemote {
                    unloadable[target] = DocumentSet.remoteRefused(reference, at: at)
                    diagnostics.append(unloadable[target]!)
                    continue
                }
                do {
                    documents[target] = try DocumentLoader.load(
                        bytes: source.bytes(at: target), file: target, options: options)
                    queue.append(target)
                } catch {
                    unloadable[target] = Diagnostic(
                        .error, "cannot load referenced file '\(target)'", code: "ref.file", at: at,
                        notes: error.diagnostics.map { .note($0.message, at: $0.location) })
                    diagnostics.append(unloadable[target]!)
                }
            }
        }
        self.rootFile = root.file
        self.documents = documents
        self.diagnostics = diagnostics
        self.unloadable = unloadable
    }

    /// The root document.
    public var root: LoadedDocument { documents[rootFile]! }

    /// The root of the root document.
    public var rootPointer: DocumentPointer { DocumentPointer(file: rootFile, pointer: .root) }

    /// The value at `pointer`, or nil when it leads nowhere.
    public func value(at pointer: DocumentPointer) -> JSONValue? {
        documents[pointer.file]?.root[pointer: pointer.pointer]
    }

    /// The source position of the node at `pointer` (or of its nearest positioned ancestor).
    public func location(of pointer: DocumentPointer) -> SourceLocation? {
        documents[pointer.file]?.sourceMap.location(of: pointer.pointer)
    }

    /// The source position of the key of the member at `pointer`.
    public func keyLocation(of pointer: DocumentPointer) -> SourceLocation? {
        documents[pointer.file]?.sourceMap.keyLocation(of: pointer.pointer)
    }

    /// Where the reference text `reference`, written in the file of `base`, points.
    public func target(of reference: String, from base: DocumentPointer) throws(Diagnostic) -> DocumentPointer {
        let (filePart, fragment) = DocumentSet.split(reference)
        let file = filePart.isEmpty ? base.file : DocumentSet.fileComponent(of: reference, base: base.file)!
        if let failure = unloadable[file] { throw failure }
        guard documents[file] != nil else {
            throw Diagnostic(
                .error, "reference '\(reference)' names a file that is not loaded", code: "ref.unresolved",
                at: location(of: base))
        }
        guard let pointer = JSONPointer("#" + fragment) else {
            throw Diagnostic(
                .error, "reference '\(reference)' has a malformed JSON Pointer", code: "ref.malformed",
                at: location(of: base))
        }
        let target = DocumentPointer(file: file, pointer: pointer)
        guard value(at: target) != nil else {
            throw Diagnostic(
                .error, "reference '\(reference)' does not resolve", code: "ref.unresolved", at: location(of: base))
        }
        return target
    }

    /// Follows `$ref` objects from `pointer` until a node that is not a reference.
    ///
    /// Returns the final node; a chain that loops back on itself is an error (`ref.cycle`).
    public func resolve(_ pointer: DocumentPointer) throws(Diagnostic) -> DocumentPointer {
        var current = pointer
        var seen: Set<DocumentPointer> = [current]
        while let reference = value(at: current)?["$ref"]?.stringValue {
            let referencePointer = current.appending("$ref")
            let next = try target(of: reference, from: referencePointer)
            guard seen.insert(next).inserted else {
                throw Diagnostic(
                    .error, "reference '\(reference)' is part of a cycle of references that never reaches a value",
                    code: "ref.cycle", at: location(of: referencePointer))
            }
            current = next
        }
        return current
    }

    /// Every `$ref` string in `value` with the pointer of its `$ref` member.
    static func references(in value: JSONValue) -> [(String, JSONPointer)] {
        var result: [(String, JSONPointer)] = []
        // One shared path, pushed and popped: a pointer is built only where a `$ref` stands,
        // not for every node of a multi-megabyte document.
        var path: [String] = []
        func walk(_ value: JSONValue) {
            switch value {
            case .object(let object):
                for (key, member) in object {
                    path.append(key)
                    if key == "$ref", let text = member.stringValue {
                        result.append((text, JSONPointer(tokens: path)))
                    } else if member.isContainer {
                        walk(member)
                    }
                    path.removeLast()
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() where element.isContainer {
                    path.append(String(index))
                    walk(element)
                    path.removeLast()
                }
            default:
                break
            }
        }
        walk(value)
        return result
    }

    /// Splits a reference into its file part and its fragment (without `#`).
    static func split(_ reference: String) -> (file: Substring, fragment: Substring) {
        guard let hash = reference.firstIndex(of: "#") else { return (Substring(reference), "") }
        return (reference[..<hash], reference[reference.index(after: hash)...])
    }

    /// The file a reference names, resolved against the referencing file; nil for local refs.
    static func fileComponent(of reference: String, base: String) -> String? {
        let file = String(split(reference).file)
        guard !file.isEmpty else { return nil }
        if isRemote(file) || file.hasPrefix("/") { return file }
        if isRemote(base), let url = URL(string: file, relativeTo: URL(string: base)) {
            return url.absoluteString
        }
        let directory = (base as NSString).deletingLastPathComponent
        let joined = directory.isEmpty ? file : directory + "/" + file
        return normalize(joined)
    }

    static func remoteRefused(_ reference: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(
            .error, "remote reference '\(reference)' is not followed; remote references must be allowed explicitly",
            code: "ref.remote", at: location)
    }

    static func isRemote(_ file: String) -> Bool {
        file.hasPrefix("http://") || file.hasPrefix("https://")
    }

    /// Removes `.` and `name/..` segments without touching the file system.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != "..", !last.isEmpty {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
