import ConformCore
import Foundation

/// Files and folders that tests share.
enum TestSupport {
    /// The package root, derived from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared corpus (`CONFORM_CORPUS`, else `../shared/corpus`), or nil when absent.
    static let corpus: URL? = {
        let candidates = [
            ProcessInfo.processInfo.environment["CONFORM_CORPUS"].map { URL(fileURLWithPath: $0) },
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus"),
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    /// Why corpus tests are skipped, printed once by each suite that needs the corpus.
    static let corpusMissing = "corpus not found: set CONFORM_CORPUS or place it at ../shared/corpus; skipping"

    /// The seed specs in `specs/`.
    static func spec(_ name: String) -> String {
        packageRoot.appendingPathComponent("specs").appendingPathComponent(name).path
    }

    /// Writes `files` (name to text) into a fresh temporary folder and returns its path.
    static func temporaryFolder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("conform-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    /// Lints `text` saved as `name` and returns the diagnostics as printed, with the folder
    /// prefix removed so expectations read `spec.yaml:3:5: ...`.
    static func lint(_ text: String, name: String = "spec.yaml", extraFiles: [String: String] = [:]) throws -> [String] {
        let folder = try temporaryFolder(extraFiles.merging([name: text]) { $1 })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return Linter.lint(file: folder + "/" + name).map {
            $0.description.replacingOccurrences(of: folder + "/", with: "")
        }
    }
}
