import ConformCore
import Foundation
import Testing

@Suite("Swagger 2.0 corpus")
struct SwaggerCorpusTests {
    /// Errors that are real defects of the files, not of the conversion.
    static let knownDefects: [String: [String]] = [
        // `adjustment_type` declares `type: number` but lists string enum values.
        "squareup.com__2.0__swagger.yaml": [
            "squareup.com__2.0__swagger.yaml:8864:13: error: enum value \"SALE\" is a string, but the schema's type is number [schema.enum-type]",
            "squareup.com__2.0__swagger.yaml:8865:13: error: enum value \"RECEIVE_STOCK\" is a string, but the schema's type is number [schema.enum-type]",
            "squareup.com__2.0__swagger.yaml:8866:13: error: enum value \"MANUAL_ADJUST\" is a string, but the schema's type is number [schema.enum-type]",
        ]
    ]

    /// Every Swagger 2.0 root in apis-guru-sample (by its MANIFEST) and oai-examples/v2.0.
    static func swaggerFiles(in corpus: URL) throws -> [String] {
        let sample = corpus.appendingPathComponent("apis-guru-sample")
        let manifest = try String(contentsOf: sample.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        var files = manifest.split(separator: "\n").dropFirst().compactMap { line -> String? in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count > 2, fields[2].hasPrefix("swagger") else { return nil }
            return sample.appendingPathComponent(String(fields[1])).path
        }
        let examples = corpus.appendingPathComponent("oai-examples/v2.0")
        let walker = FileManager.default.enumerator(atPath: examples.path)
        while let relative = walker?.nextObject() as? String {
            let path = examples.appendingPathComponent(relative).path
            guard relative.hasSuffix(".json") || relative.hasSuffix(".yaml"),
                let loaded = try? DocumentLoader.load(path: path), loaded.root["swagger"] != nil
            else { continue }
            files.append(path)
        }
        return files.sorted()
    }

    @Test("every Swagger 2.0 file converts and lints with no errors but the files' own defects")
    func corpus() throws {
        guard let corpus = TestSupport.corpus else {
            print(TestSupport.corpusMissing)
            return
        }
        let files = try Self.swaggerFiles(in: corpus)
        #expect(files.count == 32)
        for path in files {
            let folder = (path as NSString).deletingLastPathComponent + "/"
            let diagnostics = Linter.lint(file: path).map { $0.description.replacingOccurrences(of: folder, with: "") }
            let name = (path as NSString).lastPathComponent
            #expect(diagnostics.contains { $0.hasSuffix("[spec.converted]") }, "\(name) was not converted")
            let errors = diagnostics.filter { $0.contains(": error: ") }
            #expect(errors == Self.knownDefects[name] ?? [], "\(name)")
        }
    }
}
