import ConformCore
import Foundation

/// The golden files on disk: `<root>/<spec-stem>/<operation>.json` and the spec's
/// `<root>/<spec-stem>/normalize.yaml`.
public struct GoldenStore: Sendable {
    /// The golden folder (`golden`).
    public var root: String

    public init(root: String) { self.root = root }

    /// The stem that names a spec's folder: `specs/stripe-checkout.yaml` is `stripe-checkout`.
    public static func stem(of specPath: String) -> String {
        URL(fileURLWithPath: specPath).deletingPathExtension().lastPathComponent
    }

    /// The golden file of `operation` in spec `stem`.
    public func path(spec stem: String, operation: ConformCore.Operation) -> String {
        "\(root)/\(stem)/\(GoldenFile.fileName(for: operation))"
    }

    /// The spec's `normalize.yaml`.
    public func rulesPath(spec stem: String) -> String { "\(root)/\(stem)/normalize.yaml" }

    /// The spec's normalization rules; none when it has no `normalize.yaml`.
    public func rules(spec stem: String) throws(LoadError) -> NormalizationRules {
        let path = rulesPath(spec: stem)
        guard FileManager.default.fileExists(atPath: path) else { return NormalizationRules() }
        return try NormalizationRules(DocumentLoader.load(path: path))
    }

    /// The golden file at `path`; nil when there is none yet. A file that exists but does not
    /// read as a golden file is an error with its position, never a reason to record anew.
    public func file(at path: String) throws(LoadError) -> GoldenFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try GoldenFile(DocumentLoader.load(path: path))
    }

    /// Writes `learned` as the learned section of the spec's `normalize.yaml`, keeping the
    /// hand-written part; returns the file's path.
    public func writeLearned(_ learned: NormalizationRules.Learned, spec stem: String) throws(LoadError) -> String {
        let path = rulesPath(spec: stem)
        let old = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        try GoldenStore.write(text: learned.replacingSection(in: old), to: path)
        return path
    }

    /// Writes `file` at `path` as canonical JSON, creating folders as needed.
    public static func write(_ file: GoldenFile, to path: String) throws(LoadError) {
        try write(text: file.text, to: path)
    }

    static func write(text: String, to path: String) throws(LoadError) {
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw LoadError([Diagnostic(.error, "cannot write \(path): \(error.localizedDescription)", code: "io.write", at: nil)])
        }
    }
}
