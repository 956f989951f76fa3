import ArgumentParser
import ConformCore

/// `conform validate SPEC --schema POINTER FILE`: checks one JSON or YAML value against one
/// schema of a spec and prints each error as `pointer: message (file:line:col)`.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate a JSON or YAML file against a schema of an OpenAPI document.",
        discussion: "Exit status: 0 valid, 1 invalid, 2 when the spec, the file or the schema pointer is unusable.")

    @Argument(help: "The OpenAPI document (or JSON Schema) that holds the schema.")
    var spec: String

    @Option(help: "The schema, as a reference from the spec: '#/components/schemas/Name' or 'other.yaml#/Name'.")
    var schema: String

    @Argument(help: "The JSON or YAML file to validate.")
    var file: String

    @Option(help: "request: readOnly properties must not be sent; response: writeOnly properties must not appear.")
    var direction: MessageDirection = .none

    @Option(help: "Override the schema dialect the spec declares (openAPI30, openAPI31, draft4, draft2020_12).")
    var dialect: SchemaDialect?

    func run() async throws {
        let documents: DocumentSet
        do {
            documents = try SpecFetcher.documents(spec)
        } catch {
            throw CommandError(["cannot load spec '\(spec)':\n\(error)"])
        }
        let problems = documents.diagnostics.filter { $0.severity == .error }
        if !problems.isEmpty {
            throw CommandError.diagnostics(problems)
        }
        let target: DocumentPointer
        do {
            target = try documents.target(of: schema, from: documents.rootPointer)
        } catch {
            throw CommandError(["schema '\(schema)' does not resolve in '\(spec)': \(error.message)"])
        }
        let instance: JSONValue
        do {
            instance = try DocumentLoader.load(path: file).root
        } catch {
            throw CommandError(["cannot load '\(file)':\n\(error)"])
        }
        let validator = SchemaValidator(documents: documents, dialect: dialect)
        let errors = validator.validate(instance, against: target, direction: direction)
        for error in errors { print(error) }
        if !errors.isEmpty { throw ExitCode.findings }
    }
}

extension MessageDirection: ExpressibleByArgument {}
extension SchemaDialect: ExpressibleByArgument {}
