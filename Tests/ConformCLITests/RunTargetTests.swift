import Testing

/// Without `--target`, `conform run` sends to the one server the specs name; none or several
/// is invalid input.
@Suite("conform run without --target")
struct RunTargetTests {
    static func spec(servers: String) throws -> String {
        try ConformCommand.temporaryFile("api.yaml", """
            openapi: 3.1.0
            info: {title: t, version: "1"}
            \(servers)
            paths:
              /a:
                get:
                  responses: {"200": {description: ok}}

            """)
    }

    @Test func theSpecsOneServerIsTheTarget() throws {
        let spec = try Self.spec(servers: "servers: [{url: \"http://127.0.0.1:9/v1\"}]")
        let scratch = try ConformCommand.scratchFolder().path
        let outcome = try ConformCommand.run(["run", spec, "--reports", scratch + "/reports", "--golden", scratch + "/golden"])
        #expect(outcome.status == 3)
        #expect(outcome.output.hasPrefix("\(spec): target unreachable: nothing accepts connections at http://127.0.0.1:9\n"))
    }

    @Test func severalServersAreInvalid() throws {
        let spec = try Self.spec(servers: "servers: [{url: \"http://a.test\"}, {url: \"http://b.test\"}]")
        #expect(try ConformCommand.run(["run", spec]) == .init(
            status: 2, output: "",
            errors: "error: no --target given and \(spec) lists 2 servers, not one: pass --target URL or set 'target' in the config file\n"))
    }

    /// OpenAPI's default server, `/`, names no host.
    @Test func noServersAreInvalid() throws {
        let spec = try Self.spec(servers: "")
        #expect(try ConformCommand.run(["run", spec]) == .init(
            status: 2, output: "",
            errors: "error: no --target given and the specs' server '/' is not an http(s) URL: pass --target URL or set 'target' in the config file\n"))
    }

    @Test func versionNamesTheCommit() throws {
        let outcome = try ConformCommand.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.output.hasPrefix("0.7.0 (commit "))
    }
}
