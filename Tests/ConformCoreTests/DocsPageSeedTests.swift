import ConformCore
import ConformRunner
import Foundation
import Testing

@Suite("docs-page seed 002")
struct DocsPageSeedTests {
    /// Seed 002 (`CONFORM_SEEDS`, else `../shared/seeds`), or nil when absent.
    static let seed: String? = {
        let folder = ProcessInfo.processInfo.environment["CONFORM_SEEDS"]
            ?? TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        let name = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.first { $0.hasPrefix("002_") }
        return name.map { folder + "/" + $0 }
    }()
    static let seedMissing = "seed 002 not found: set CONFORM_SEEDS or place the seeds at ../shared/seeds; skipping"

    @Test("the page lints clean, with only the conversion note")
    func lint() throws {
        guard let seed = Self.seed else { return print(Self.seedMissing) }
        let name = (seed as NSString).lastPathComponent
        #expect(Linter.lint(file: seed).map { $0.description.replacingOccurrences(of: seed, with: name) } == [
            "\(name):8:1: note: converted from a docs-site operation page to OpenAPI 3.1.0; positions refer to the page [spec.converted]"
        ])
        let document = try Document(file: seed)
        #expect(document.version == .v3_1)
        #expect(document.servers.map(\.url) == ["https://test.dodopayments.com/", "https://live.dodopayments.com/"])
        let operation = try #require(document.operations.first)
        #expect(document.operations.count == 1)
        #expect(operation.id == "POST /checkouts")
        #expect(operation.requestBody?.required == true)
        #expect(operation.responses.map { $0.content.map(\.name) } == [["application/json"], [], []])
        #expect(operation.security.map { $0.schemes.map(\.0) } == [["API_KEY"]])
        #expect(document.securitySchemes["API_KEY"]?.kind == .http(scheme: "bearer"))
        let request = document.documents.value(at: document.documents.rootPointer.appending("components").appending("schemas")
            .appending("CreateCheckoutSessionRequest"))
        #expect(request?["required"] == ["product_cart"])
        #expect(request?["refIdentifier"] == nil)
        // The request schema's position is the schemaArray entry in the page (line 34).
        #expect(document.documents.location(of: operation.requestBody!.content[0].schema!)?.line == 34)
    }

    @Test("the imported document written as YAML loads back to the same value")
    func roundTrip() throws {
        guard let seed = Self.seed else { return print(Self.seedMissing) }
        let page = try #require(try DocsPage.read(seed, from: FileSource()))
        let document = DocsPageConverter.convert(page).document.root
        let yaml = document.yaml
        let reloaded = try DocumentLoader.load(bytes: Array(yaml.utf8), file: "dodo.yaml")
        #expect(reloaded.root == document)
        #expect(reloaded.warnings == [])
        #expect(yaml.contains("\n        - \"NO\"\n"))
        let folder = try TestSupport.temporaryFolder(["dodo.yaml": yaml])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(Linter.lint(file: folder + "/dodo.yaml") == [])
    }

    /// The page and `specs/dodo-checkouts.yaml` describe one operation; the generator must see
    /// them alike. Only the case IDs differ, because the page has no operationId (a gap in the
    /// page, which the IDs name as `POST /checkouts`); random cases are left out for the same
    /// reason, since their seeds derive from the operation's ID. `example` cases send each
    /// document's own example, which the page writes with `<string>` placeholders: they are
    /// compared by count.
    @Test("the page yields the same coverage cases as specs/dodo-checkouts.yaml, IDs aside")
    func sameCasesAsTheSpec() throws {
        guard let seed = Self.seed else { return print(Self.seedMissing) }
        func cases(_ path: String) throws -> (cases: [String], examples: Int) {
            let document = try Document(file: path)
            let generator = CaseGenerator(
                document: document, validator: SchemaValidator(documents: document.documents),
                options: .init(seed: 7, randomCount: 0))
            let all = generator.allCases().cases
            let lines = try all.filter { $0.kind != .example }.map { testCase in
                var line = try #require(DocumentLoader.load(bytes: Array(testCase.jsonLine.utf8), file: "case").root.objectValue)
                line["id"] = nil
                line["operation"] = nil
                return JSONValue.object(line).serialized(.canonical)
            }
            return (lines.sorted(), all.count - lines.count)
        }
        let fromPage = try cases(seed)
        let fromSpec = try cases(TestSupport.spec("dodo-checkouts.yaml"))
        #expect(fromPage.cases.count == fromSpec.cases.count)
        #expect(fromPage.cases == fromSpec.cases)
        #expect(fromPage.examples == fromSpec.examples)
        #expect(fromSpec.examples > 0)
    }
}
