import Foundation
import Testing

/// `--fail-on-untested`: an operation the run could not exercise fails it.
@Suite("conform run --fail-on-untested")
struct FailOnUntestedTests {
    /// One operation secured by an API key the run is not given.
    static let spec = """
        {
          "openapi": "3.0.3",
          "info": {"title": "Keyed", "version": "1"},
          "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}},
          "security": [{"key": []}],
          "paths": {"/checkout": {"get": {"operationId": "keyed", "responses": {"default": {"description": "any"}}}}}
        }
        """

    func run(_ extra: [String]) throws -> ConformCommand.Outcome {
        let scratch = try ConformCommand.scratchFolder().path
        let spec = try ConformCommand.temporaryFile("keyed.json", FailOnUntestedTests.spec)
        return try ConformCommand.run(
            ["run", spec, "--target", "sandbox", "--reports", scratch + "/reports", "--golden", scratch + "/golden",
             "--checks", "status_code"] + extra)
    }

    @Test func anOperationWithoutItsCredentialsFailsOnlyWithTheFlag() throws {
        let lenient = try run([])
        #expect(lenient.status == 0)
        #expect(lenient.output.contains("warning: 1 operation not exercised, its checks judged nothing\n"
            + "    keyed: no case answered: requires credentials this run does not have: key\n"))
        #expect(lenient.output.contains(", 0 errors, 0 of 1 operation exercised in "))
        #expect(try run(["--fail-on-untested"]).status == 1)
    }

    /// `fail-on-untested: true` in the config file does what the flag does.
    @Test func theConfigFileKeyFailsTheRunToo() throws {
        let config = try ConformCommand.temporaryFile("conform.yaml", "fail-on-untested: true\n")
        #expect(try run(["--config", config]).status == 1)
    }
}
