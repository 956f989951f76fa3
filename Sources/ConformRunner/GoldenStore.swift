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

    /// The spec's normalization rules; none when it has no `normalize.yaml`.
    public func rules(spec stem: String) throws(LoadError) -> NormalizationRules {
        let path = "\(root)/\(stem)/normalize.yaml"
        guard FileManager.default.fileExists(atPath: path) else { return NormalizationRules() }
        return try NormalizationRules(DocumentLoader.load(path: path))
    }

    /// The golden file at `path`; nil when there is none yet. A file that exists but does not
    /// read as a golden file is an error with its position, never a reason to record anew.
    public func file(at path: String) throws(LoadError) -> GoldenFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try GoldenFile(DocumentLoader.load(path: path))
    }

    /// Writes `file` at `path` as canonical JSON, creating folders as needed.
    public static func write(_ file: GoldenFile, to path: String) throws(LoadError) {
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url, options: .atomic)
        } catch {
            throw LoadError([Diagnostic(.error, "cannot write \(path): \(error.localizedDescription)", code: "io.write", at: nil)])
        }
    }
}
