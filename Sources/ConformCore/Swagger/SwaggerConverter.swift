/// Converts a Swagger 2.0 document, and the parts of other files its `$ref`s reach, into
/// OpenAPI 3.0.3 trees whose source maps point every node at its place in the original files.
///
/// The root file is converted as a whole. A file that another reference reaches is converted
/// only where it is used (`Pet.json` as a schema, `parameters.json#/limit` as a parameter),
/// because a fragment file says nothing about what its nodes are; a file that is itself a
/// Swagger document is converted as a whole.
struct SwaggerConverter {
    /// What a referenced node is used as.
    enum Kind {
        case document, schema, parameter, response
    }

    /// The version every converted document declares.
    static let openAPIVersion = "3.0.3"

    let original: DocumentSet
    var diagnostics: [Diagnostic] = []
    /// The file whose nodes are being converted; references are relative to it.
    var file: String
    private var trees: [String: JSONValue] = [:]
    private var origins: [String: OriginMap] = [:]
    private var pending: [(DocumentPointer, Kind)] = []
    private var queued: Set<DocumentPointer> = []

    init(original: DocumentSet) {
        self.original = original
        self.file = original.rootFile
    }

    /// True for a root that declares `swagger` and not `openapi`.
    static func isSwagger2(_ root: JSONValue) -> Bool {
        root["swagger"] != nil && root["openapi"] == nil
    }

    /// Every file of the set, the converted ones replaced.
    mutating func convert() -> [String: LoadedDocument] {
        enqueue(original.rootPointer, as: .document)
        while let (pointer, kind) = pending.popLast() {
            file = pointer.file
            // Always from the original: a node may sit inside a part converted before it.
            guard let value = original.value(at: pointer) else { continue }
            let converted: JSONValue
            switch kind {
            case .document: converted = document(value)
            case .schema: converted = schema(value, old: pointer.pointer, new: pointer.pointer)
            case .parameter: converted = parameterOrReference(value, old: pointer.pointer, new: pointer.pointer)
            case .response:
                converted = response(value, old: pointer.pointer, new: pointer.pointer, produces: ["application/json"])
            }
            let tree = trees[file] ?? original.documents[file]!.root
            trees[file] = tree.replacing(at: pointer.pointer, with: converted)
        }
        var result = original.documents
        for (name, tree) in trees {
            let source = original.documents[name]!
            let map = (origins[name] ?? OriginMap()).sourceMap(for: tree, from: source.sourceMap)
            result[name] = LoadedDocument(root: tree, sourceMap: map, warnings: source.warnings)
        }
        return result
    }

    // MARK: Bookkeeping

    /// Records that `new` in the file being converted stands for `old` in its original.
    mutating func record(_ new: JSONPointer, from old: JSONPointer) {
        origins[file, default: OriginMap()].record(new, from: old)
    }

    mutating func report(_ severity: Diagnostic.Severity, _ message: String, code: String, at pointer: JSONPointer) {
        diagnostics.append(Diagnostic(
            severity, message, code: code,
            at: original.location(of: DocumentPointer(file: file, pointer: pointer))))
    }

    private mutating func enqueue(_ pointer: DocumentPointer, as kind: Kind) {
        guard queued.insert(pointer).inserted else { return }
        pending.append((pointer, kind))
    }

    /// The reference text rewritten for the converted layout, its target queued for conversion.
    ///
    /// References into a Swagger document move with the sections (`#/definitions/X` becomes
    /// `#/components/schemas/X`); references into fragment files keep their text.
    mutating func reference(_ text: String, as kind: Kind) -> String {
        let (filePart, fragment) = DocumentSet.split(text)
        let target = filePart.isEmpty ? file : DocumentSet.fileComponent(of: text, base: file)!
        // An unloaded or remote target is left for the reference rules to report.
        guard let targetRoot = original.documents[target]?.root else { return text }
        if SwaggerConverter.isSwagger2(targetRoot) {
            enqueue(DocumentPointer(file: target, pointer: .root), as: .document)
            return filePart + "#" + SwaggerConverter.movedFragment(String(fragment))
        }
        if let pointer = JSONPointer("#" + fragment) {
            enqueue(DocumentPointer(file: target, pointer: pointer), as: kind)
        }
        return text
    }

    /// Where a fragment into a Swagger document points once its sections moved to `components`.
    static func movedFragment(_ fragment: String) -> String {
        for (old, new) in [("/definitions/", "schemas"), ("/parameters/", "parameters"), ("/responses/", "responses")]
        where fragment.hasPrefix(old) {
            return "/components/\(new)/" + fragment.dropFirst(old.count)
        }
        return fragment
    }

    /// The single-step target of a `$ref` written in the file being converted.
    func target(of reference: String, at pointer: JSONPointer) -> (DocumentPointer, JSONObject)? {
        guard let target = try? original.target(of: reference, from: DocumentPointer(file: file, pointer: pointer)),
            let object = original.value(at: target)?.objectValue
        else { return nil }
        return (target, object)
    }
}
