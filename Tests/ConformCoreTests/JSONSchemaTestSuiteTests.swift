import ConformCore
import Foundation
import Testing

/// One keyword file of the official JSON Schema Test Suite, run in one dialect.
struct SuiteFile: Sendable, CustomTestStringConvertible {
    /// `draft4` or `draft2020-12`.
    let draft: String
    /// Path below `tests/<draft>/`, e.g. `optional/format/email.json`.
    let path: String
    let dialect: SchemaDialect

    var key: String { "\(draft)/\(path)" }
    var testDescription: String { "\(key) [\(dialect.rawValue)]" }

    /// Every file of both drafts; draft 4 runs both as plain draft 4 and as OpenAPI 3.0.
    static let all: [SuiteFile] = {
        guard let corpus = TestSupport.corpus else { return [] }
        var files: [SuiteFile] = []
        for (draft, dialects) in [
            ("draft4", [SchemaDialect.draft4, .openAPI30]), ("draft2020-12", [SchemaDialect.draft2020_12]),
        ] {
            let folder = corpus.appendingPathComponent("json-schema-test-suite/tests/\(draft)")
            let paths = (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            for path in paths {
                for dialect in dialects { files.append(SuiteFile(draft: draft, path: path, dialect: dialect)) }
            }
        }
        return files
    }()
}

/// What the validator deliberately does not do, by file, by `file: group`, or by
/// `file: group: test`. Every entry names its reason; nothing else is skipped.
let outOfScope: [String: String] = [
    // Whole files.
    "draft2020-12/dynamicRef.json": "$dynamicRef/$dynamicAnchor: resolved statically like $ref, no dynamic scope",
    "draft2020-12/vocabulary.json": "$vocabulary: meta-schemas are not processed",
    "draft2020-12/optional/format-assertion.json": "format-assertion vocabulary: meta-schemas are not processed",
    "draft2020-12/optional/cross-draft.json": "one dialect per validator; $schema inside a resource is not honoured",
    "draft2020-12/optional/format/duration.json": "format duration is not asserted (not an OpenAPI format)",
    "draft2020-12/optional/format/idn-email.json": "format idn-email is not asserted",
    "draft2020-12/optional/format/idn-hostname.json": "format idn-hostname is not asserted",
    "draft2020-12/optional/format/iri.json": "format iri is not asserted",
    "draft2020-12/optional/format/iri-reference.json": "format iri-reference is not asserted",
    "draft2020-12/optional/format/json-pointer.json": "format json-pointer is not asserted",
    "draft2020-12/optional/format/relative-json-pointer.json": "format relative-json-pointer is not asserted",
    "draft2020-12/optional/format/regex.json": "format regex is not asserted",
    "draft2020-12/optional/format/uri-template.json": "format uri-template is not asserted",
    "draft2020-12/optional/format/ecmascript-regex.json": "format regex is not asserted",
    "draft4/optional/zeroTerminatedFloats.json": "numbers are exact values: 1.0 and 1 are the same number",
    // Groups.
    "draft2020-12/optional/format/hostname.json: validation of A-label (punycode) host names":
        "IDNA2008 A-label rules (RFC 5891/5892) are not checked; labels are checked as RFC 1123 ASCII",
    "draft4/ref.json: remote ref, containing refs itself": "meta-schemas are not bundled",
    "draft2020-12/ref.json: remote ref, containing refs itself": "meta-schemas are not bundled",
    "draft4/definitions.json: validate definition against metaschema": "meta-schemas are not bundled",
    "draft2020-12/defs.json: validate definition against metaschema": "meta-schemas are not bundled",
    "draft2020-12/unevaluatedItems.json: unevaluatedItems with $dynamicRef": "$dynamicRef: no dynamic scope",
    "draft2020-12/unevaluatedProperties.json: unevaluatedProperties with $dynamicRef": "$dynamicRef: no dynamic scope",
]

@Suite("JSON Schema Test Suite")
struct JSONSchemaTestSuiteTests {
    /// The suite's `remotes/`, served as already loaded documents at `http://localhost:1234/`.
    static let remotes: [LoadedDocument] = {
        guard let corpus = TestSupport.corpus else { return [] }
        let folder = corpus.appendingPathComponent("json-schema-test-suite/remotes")
        let paths = (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { $0.hasSuffix(".json") }
        return paths.compactMap { path in
            guard let value = try? DocumentLoader.load(path: folder.appendingPathComponent(path).path).root else { return nil }
            let file = "http://localhost:1234/" + path
            return LoadedDocument(root: value, sourceMap: SourceMap(file: file), warnings: [])
        }
    }()

    static func reason(_ file: SuiteFile, _ group: String, _ test: String) -> String? {
        outOfScope[file.key] ?? outOfScope["\(file.key): \(group)"] ?? outOfScope["\(file.key): \(group): \(test)"]
    }

    @Test(.enabled(if: TestSupport.corpus != nil, Comment(rawValue: TestSupport.corpusMissing)), arguments: SuiteFile.all)
    func keywordFile(_ file: SuiteFile) throws {
        let url = TestSupport.corpus!.appendingPathComponent("json-schema-test-suite/tests/\(file.draft)/\(file.path)")
        guard case .array(let groups) = try DocumentLoader.load(path: url.path).root else {
            Issue.record("\(file.key) is not an array of test groups")
            return
        }
        var passed = 0
        var skipped = 0
        var skippedPassing = 0
        var failures: [String] = []
        for (index, group) in groups.enumerated() {
            let description = group["description"]?.stringValue ?? "group \(index)"
            let name = "suite/\(file.draft)/\(file.path)/\(index).json"
            let schema = LoadedDocument(root: group["schema"] ?? .bool(true), sourceMap: SourceMap(file: name), warnings: [])
            let documents = DocumentSet(root: schema, preloaded: Self.remotes)
            // Formats are annotations in plain 2020-12; the optional format tests assert them.
            let validator = SchemaValidator(
                documents: documents, dialect: file.dialect, assertFormats: file.path.hasPrefix("optional/format/") ? true : nil)
            for test in group["tests"]?.arrayValue ?? [] {
                let testDescription = test["description"]?.stringValue ?? "?"
                let expected = test["valid"] == .bool(true)
                let data = test["data"] ?? .null
                if Self.reason(file, description, testDescription) != nil {
                    // Run anyway, to tell how much of the out-of-scope part happens to hold.
                    skipped += 1
                    if validator.isValid(data, against: documents.rootPointer) == expected { skippedPassing += 1 }
                    continue
                }
                let quick = validator.isValid(data, against: documents.rootPointer)
                let errors = validator.validate(data, against: documents.rootPointer)
                if quick == expected && errors.isEmpty == expected {
                    passed += 1
                } else {
                    failures.append(
                        "\(description): \(testDescription): expected \(expected ? "valid" : "invalid"), isValid \(quick), errors \(errors.map(\.description))")
                }
            }
        }
        print(
            "\(file.testDescription): \(passed)/\(passed + failures.count) passed, \(skipped) out of scope (\(skippedPassing) of them pass anyway)")
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) failed:\n" + failures.joined(separator: "\n")))
    }
}
