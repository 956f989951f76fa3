import ConformCore
import ConformRunner
import Foundation
import Testing

/// Documents read through a ``DocumentSource``, and the conversions that are steps of their own.
@Suite("document sources")
struct DocumentSourceTests {
    static let referencing = """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Pet: {$ref: 'pet.yaml#/Pet'}
        """

    @Test("a missing file is an io.read error with the OS's reason")
    func missingFile() {
        #expect(throws: LoadError.self) { try Document(file: "no-such-spec.yaml") }
        do {
            _ = try Document(file: "no-such-spec.yaml")
        } catch {
            #expect(error.description == "error: cannot read 'no-such-spec.yaml': No such file or directory [io.read]")
        }
    }

    @Test("a missing in-memory document is an io.read error that says so")
    func missingInMemory() {
        #expect(throws: LoadError.self) { try DocumentSet(loading: "a.yaml", from: InMemorySource([:])) }
        do {
            _ = try DocumentSet(loading: "a.yaml", from: InMemorySource([:]))
        } catch {
            #expect(error.description == "error: cannot read 'a.yaml': no such document in memory [io.read]")
        }
    }

    @Test("an external $ref to a file that cannot be read is a ref.file error at the $ref, with the reason as a note")
    func unreadableReference() throws {
        let folder = try TestSupport.temporaryFolder(["spec.yaml": Self.referencing])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lint = Linter.lint(file: folder + "/spec.yaml").map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
        #expect(lint == [
            """
            spec.yaml:6:17: error: cannot load referenced file 'pet.yaml' [ref.file]
            note: cannot read 'pet.yaml': No such file or directory
            """
        ])
    }

    @Test("an in-memory document's external $ref reads the other in-memory document")
    func inMemoryReference() throws {
        let documents = try DocumentSet(
            text: Self.referencing, file: "spec.yaml", others: ["pet.yaml": "Pet: {type: object, required: [name]}\n"])
        #expect(documents.documents.keys.sorted() == ["pet.yaml", "spec.yaml"])
        #expect(documents.diagnostics == [])
        let pet = documents.rootPointer.appending("components").appending("schemas").appending("Pet")
        let target = try documents.resolve(pet)
        #expect(target.description == "pet.yaml#/Pet")
        #expect(documents.value(at: target)?.serialized(.compact) == #"{"type":"object","required":["name"]}"#)
        let validator = SchemaValidator(documents: documents)
        #expect(validator.isValid(["name": "Rex"], against: pet))
        #expect(!validator.isValid([:], against: pet))
    }

    static let swagger = """
        swagger: "2.0"
        info: {title: T, version: "1"}
        paths: {}
        definitions:
          Pet: {type: string}
        """

    @Test("loading converts nothing; convertingSwagger2() converts a Swagger 2.0 set to OpenAPI 3.0 with a note")
    func swaggerStep() throws {
        let loaded = try DocumentSet(loading: "swagger.yaml", from: InMemorySource(["swagger.yaml": Self.swagger]))
        #expect(loaded.root.root["swagger"] == "2.0")
        #expect(loaded.diagnostics == [])
        let converted = loaded.convertingSwagger2()
        #expect(converted.root.root["openapi"] == "3.0.3")
        #expect(converted.root.root["components"]?["schemas"]?["Pet"] == ["type": "string"])
        #expect(converted.diagnostics.map(\.description) == [
            "swagger.yaml:1:1: note: converted from Swagger 2.0 to OpenAPI 3.0.3; positions refer to the Swagger document [spec.converted]"
        ])
        #expect(try DocumentSet(text: Self.swagger, file: "swagger.yaml").root.root == converted.root.root)
    }

    @Test("a docs page is read through the source and converted to OpenAPI 3.1 by DocumentSet(page:source:)")
    func docsPageStep() throws {
        let source = InMemorySource(["widget.md": DocsPageTests.page])
        let page = try #require(try DocsPage.read("widget.md", from: source))
        #expect(page.title == "Get Widget")
        let documents = DocumentSet(page: page, source: source)
        #expect(documents.root.root["openapi"] == "3.1.0")
        #expect(documents.root.root["paths"]?["/widgets/{id}"]?["get"]?["summary"] == "Get Widget")
        #expect(documents.diagnostics.map(\.description) == [
            "widget.md:6:1: note: converted from a docs-site operation page to OpenAPI 3.1.0; positions refer to the page [spec.converted]"
        ])
        #expect(try DocsPage.read("widget.yaml", from: InMemorySource(["widget.yaml": DocsPageTests.page])) == nil)
    }
}
