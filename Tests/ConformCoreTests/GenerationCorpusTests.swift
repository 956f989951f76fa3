import ConformCore
import Foundation
import PropertyBased
import Testing

/// The self-check over real documents: whatever the run seed, no case the generator hands
/// out is mislabelled, re-checked here independently of the generator's own check.
@Suite("Generation: self-check over the corpus")
struct GenerationCorpusTests {
    /// Every OpenAPI document of the corpus folders the issue names (Swagger 2.0 ones load
    /// converted to 3.0), and the seed specs. Fragment files and fixtures are not documents.
    static let specs: [String] = {
        var paths: [String] = []
        let manager = FileManager.default
        if let corpus = TestSupport.corpus {
            for folder in ["vendor", "apis-guru-sample", "oai-examples"] {
                let url = corpus.appendingPathComponent(folder)
                let names = (try? manager.subpathsOfDirectory(atPath: url.path)) ?? []
                paths += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
                    .sorted().map { url.appendingPathComponent($0).path }
            }
        }
        let specs = TestSupport.packageRoot.appendingPathComponent("specs")
        paths += ((try? manager.contentsOfDirectory(atPath: specs.path)) ?? []).sorted().map { specs.appendingPathComponent($0).path }
        return paths.filter(isRoot)
    }()

    /// True when the file declares `openapi` or `swagger` at its top level.
    static func isRoot(_ path: String) -> Bool {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        // Anywhere in the file: Stripe's spec names its version after 40,000 lines of components.
        return text.split(separator: "\n").contains { line in
            line.hasPrefix("openapi:") || line.hasPrefix("swagger:")
                || line.contains("\"openapi\":") || line.contains("\"swagger\":")
        }
    }

    @Test func corpusIsPresent() {
        if TestSupport.corpus == nil { print(TestSupport.corpusMissing) }
    }

    @Test(arguments: specs)
    func noMislabelledCase(path: String) async throws {
        let document = try Document(file: path)
        let validator = SchemaValidator(documents: document.documents)
        // Coverage cases do not depend on the seed: made and re-checked once. The validator,
        // and so every schema it compiled, serves all seeds.
        let coverage = CaseGenerator(document: document, validator: validator).allCases().cases
        expectLabelled(coverage, path: path, document: document, validator: validator)
        await propertyCheck(count: 2, input: Gen.int(in: 0...1_000_000)) { seed in
            let generator = CaseGenerator(
                document: document, validator: validator,
                options: .init(seed: UInt64(seed), randomCount: 3, coverage: false))
            expectLabelled(generator.allCases().cases, path: path, document: document, validator: validator)
        }
    }

    private func expectLabelled(_ cases: [TestCase], path: String, document: Document, validator: SchemaValidator) {
        for testCase in cases {
            let problem = GenerationCorpusTests.mislabel(testCase, document: document, validator: validator)
            #expect(problem == nil, "\(path): case \(testCase.id) (\(testCase.kind.rawValue) at \(testCase.pointer)): \(problem ?? "")")
        }
    }

    /// Why `testCase` does not meet its expectation, or nil.
    static func mislabel(_ testCase: TestCase, document: Document, validator: any CaseValidating) -> String? {
        guard let operation = document.operation(withID: testCase.operationID) else { return "unknown operation" }
        if case .malformed(let malformation, let pointer, _) = testCase.expectation {
            return unproved(malformation, at: pointer, testCase.request)
        }
        var failures: [SchemaFailure] = []
        for parameter in operation.parameters {
            let key = ParameterKey(location: parameter.location, name: parameter.name)
            guard let value = testCase.inputs.parameters[key] else {
                if parameter.required, parameter.location != .path, !(parameter.location == .header && ["accept", "content-type", "authorization"].contains(parameter.name.lowercased())) { failures.append(SchemaFailure(keyword: "required", pointer: key.pointer)) }
                continue
            }
            if let schema = parameter.schema {
                failures += validator.failures(of: value, against: schema).map {
                    SchemaFailure(keyword: $0.keyword, pointer: JSONPointer(tokens: key.pointer.tokens + $0.pointer.tokens))
                }
            }
        }
        let media = operation.requestBody?.content.first { $0.name == testCase.inputs.mediaType }
        if let body = testCase.inputs.body {
            if let schema = media?.schema {
                failures += validator.failures(of: body, against: schema).map {
                    SchemaFailure(keyword: $0.keyword, pointer: JSONPointer(tokens: ["body"] + $0.pointer.tokens))
                }
            }
        } else if operation.requestBody?.required == true {
            failures.append(SchemaFailure(keyword: "required", pointer: JSONPointer(tokens: ["body"])))
        }
        switch testCase.expectation {
        case .valid:
            return failures.isEmpty ? nil : "valid case fails \(failures)"
        case .invalid(let keyword, let pointer):
            if !failures.contains(SchemaFailure(keyword: keyword, pointer: pointer)) {
                return "invalid case does not fail \(keyword) at \(pointer): \(failures)"
            }
            if let other = failures.first(where: { $0.pointer != pointer }) { return "also fails \(other)" }
            return nil
        case .malformed:
            return nil
        }
    }

    /// Why a malformed request does not carry its defect, or nil: a body must not parse as
    /// JSON, a header or URL value must hold the byte the malformation names.
    static func unproved(_ malformation: Malformation, at pointer: JSONPointer, _ request: RequestParts) -> String? {
        if pointer == JSONPointer(tokens: ["body"]) {
            guard let body = request.body else { return "no body" }
            return (try? JSONBodyParser.parse(body)) == nil ? nil : "the body parses as JSON"
        }
        let escapes: [Malformation: (raw: String, encoded: String)] = [
            .carriageReturn: ("\r", "%0D"), .lineFeed: ("\n", "%0A"), .nul: ("\0", "%00"), .delete: ("\u{7F}", "%7F"),
            .invalidUTF8: ("\u{FFFD}", "%FF"),
        ]
        let headers = request.headers.map(\.value) + request.cookies.map(\.value)
        if let escape = escapes[malformation] {
            let carried = request.target.contains(escape.encoded) || headers.contains { $0.contains(escape.raw) }
            return carried ? nil : "no \(malformation.rawValue) in the request"
        }
        let authorization = request.headers.filter { $0.name == "Authorization" }.map(\.value)
        return authorization.count == 1 ? nil : "Authorization sent \(authorization.count) times"
    }
}
