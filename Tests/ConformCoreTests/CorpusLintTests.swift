import ConformCore
import Foundation
import Testing

/// Every OpenAPI 3.x document of the shared corpus reads without error diagnostics, except
/// the real defects of the files themselves, which are asserted here by name.
@Suite("lint over the shared corpus")
struct CorpusLintTests {
    /// Errors that are true defects of the published files, by file name.
    static let knownDefects: [String: [String]] = [:]

    static let files: [String] = {
        guard let corpus = TestSupport.corpus else { return [] }
        var found: [String] = []
        for folder in ["vendor", "apis-guru-sample", "oai-examples"] {
            let root = corpus.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { continue }
            for case let relative as String in walker
            where [".yaml", ".yml", ".json"].contains(where: relative.hasSuffix) {
                let path = root.appendingPathComponent(relative).path
                // Fragments referenced by other files and Swagger 2.0 documents are not OpenAPI 3 roots.
                guard let document = try? DocumentLoader.load(path: path), document.root["openapi"] != nil else { continue }
                found.append(path)
            }
        }
        return found.sorted()
    }()

    @Test("corpus documents lint without unexpected errors", arguments: files)
    func lint(path: String) throws {
        let errors = Linter.lint(file: path).filter { $0.severity == .error }.map(\.description)
        let name = URL(fileURLWithPath: path).lastPathComponent
        #expect(errors == Self.knownDefects[name, default: []])
    }

    @Test("the corpus is present, or its absence is said")
    func presence() {
        if TestSupport.corpus == nil { print(TestSupport.corpusMissing) }
        #expect(TestSupport.corpus == nil || !Self.files.isEmpty)
    }
}
