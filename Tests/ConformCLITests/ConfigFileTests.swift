import Foundation
import Testing

/// `conform run --config FILE` (or `conform.yaml` in the working directory): every problem in
/// the file is an error at its `file:line:col` with exit status 2, and flags override the file.
@Suite("conform.yaml")
struct ConfigFileTests {
    @Test func everyProblemIsAnErrorAtItsPosition() throws {
        let file = try ConformCommand.temporaryFile("conform.yaml", """
            specs: specs/stripe-checkout.yaml
            tagret: sandbox
            random: -1
            record: sometimes
            checks: [status_code, colour]
            credentials:
              bearer: CONFORM_TEST_TOKEN
              header: {}
            timeout: fast
            fail-on-untested: yes

            """)
        #expect(try ConformCommand.run(["run", "--config", file]) == .init(
            status: 2, output: "",
            errors: """
                \(file):1:8: error: 'specs' must be a list of strings, not the string 'specs/stripe-checkout.yaml' [config.type]
                \(file):2:1: error: unknown key 'tagret' [config.unknown-key]
                note: known keys here: specs, target, spec-headers, credentials, checks, fail-on, fail-on-untested, include, exclude, timeout, golden, record, reports, baseline, random, seed, operations
                \(file):3:9: error: 'random' must be a whole number of at least 0, not -1 [config.type]
                \(file):4:9: error: 'record' must be never, missing, failed or all, not 'sometimes' [config.value]
                \(file):5:23: error: unknown check 'colour'; known checks: server_error, status_code, content_type, response_schema, response_headers, negative_rejected, positive_accepted, auth_enforced, resource_lifecycle, golden_mismatch [config.value]
                \(file):8:3: error: unknown key 'credentials.header' [config.unknown-key]
                note: known keys here: bearer, basic, headers
                \(file):9:10: error: 'timeout' must be a positive number, not the string 'fast' [config.type]
                \(file):10:19: error: 'fail-on-untested' must be true or false, not the string 'yes' [config.type]

                """))
    }

    @Test func unsetEnvironmentVariablesAreErrorsWhereTheFileNamesThem() throws {
        let file = try ConformCommand.temporaryFile("conform.yaml", """
            specs: [\(ConformCommand.packageRoot.path)/specs/stripe-checkout.yaml]
            target: sandbox
            credentials:
              bearer: CONFORM_TEST_UNSET_TOKEN
              headers:
                X-Api-Key: CONFORM_TEST_UNSET_KEY

            """)
        #expect(try ConformCommand.run(["run", "--config", file]) == .init(
            status: 2, output: "",
            errors: """
                \(file):4:11: error: environment variable CONFORM_TEST_UNSET_TOKEN is not set [config.environment]
                \(file):6:16: error: environment variable CONFORM_TEST_UNSET_KEY is not set [config.environment]

                """))
    }

    /// A flag given for a variable the file names replaces it, so the unset variable is no error.
    @Test func flagsOverrideTheFile() throws {
        let folder = try ConformCommand.scratchFolder()
        try """
            specs: [\(ConformCommand.packageRoot.path)/specs/gr4vy-checkout-sessions.yaml]
            target: http://127.0.0.1:9
            checks: [status_code, server_error]
            random: 2
            seed: 7
            reports: from-file
            include: [newCheckoutSession, deleteCheckoutSession]
            exclude: ["tag:nothing"]
            credentials:
              bearer: CONFORM_TEST_UNSET_TOKEN

            """.write(to: folder.appendingPathComponent("conform.yaml"), atomically: true, encoding: .utf8)
        let outcome = try ConformCommand.run(
            [
                "run", "--target", "sandbox", "--checks", "status_code", "--reports", "from-flags", "--bearer-env",
                "CONFORM_TEST_TOKEN", "--operation", "GET /checkout/sessions/{checkout_session_id}", "--quiet",
            ],
            in: folder, environment: ["CONFORM_TEST_TOKEN": "sandbox-token"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("from-file").path))
        let report = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("from-flags/report.json"))) as? [String: Any]
        let run = try #require(report?["run"] as? [String: Any])
        #expect(run["target"] as? String == "sandbox")
        #expect(run["checks"] as? [String] == ["status_code"])
        #expect(run["failOn"] as? [String] == ["status_code"])
        #expect(run["random"] as? Int == 2)
        #expect(run["seed"] as? Int == 7)
        let specs = try #require(report?["specs"] as? [[String: Any]])
        let operations = try #require(specs.first?["operations"] as? [[String: Any]])
        let sent = operations.filter { ($0["cases"] as? [Any])?.isEmpty == false }
        #expect(sent.compactMap { $0["id"] as? String } == ["getCheckoutSession"])
    }

    /// The sandbox answers 404 to a path it does not serve: a `status_code` finding, unless the
    /// file switches the check off for that operation, and the reports then give the reason.
    @Test func aCheckSwitchedOffForAnOperationIsOffWithItsReason() throws {
        let folder = try ConformCommand.scratchFolder()
        try """
            openapi: 3.1.0
            info: {title: t, version: "1"}
            paths:
              /nothing:
                get:
                  operationId: getNothing
                  responses: {"200": {description: ok}}

            """.write(to: folder.appendingPathComponent("api.yaml"), atomically: true, encoding: .utf8)
        let run = ["run", "api.yaml", "--target", "sandbox", "--checks", "status_code", "--quiet"]
        #expect(try ConformCommand.run(run, in: folder).status == 1)
        try """
            operations:
              GET /nothing:
                timeout: 5
                checks-off:
                  status_code: not deployed yet

            """.write(to: folder.appendingPathComponent("conform.yaml"), atomically: true, encoding: .utf8)
        let outcome = try ConformCommand.run(run, in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.output.hasPrefix("1 spec: 4 cases, 4 requests, 0 findings, 0 errors, 1 of 1 operation exercised in "))
        let summary = try String(contentsOf: folder.appendingPathComponent("reports/summary.md"), encoding: .utf8)
        #expect(summary.contains("- · **status_code** switched off for `getNothing`: not deployed yet\n"))
        let junit = try String(contentsOf: folder.appendingPathComponent("reports/junit.xml"), encoding: .utf8)
        #expect(junit.contains("<skipped message=\"switched off: not deployed yet\"/>"))
        let report = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("reports/report.json"))) as? [String: Any]
        let specs = try #require(report?["specs"] as? [[String: Any]])
        let operation = try #require((specs.first?["operations"] as? [[String: Any]])?.first)
        let outcomes = try #require(operation["checks"] as? [String: [String: Any]])
        #expect(outcomes["status_code"]?["result"] as? String == "off")
        #expect(outcomes["status_code"]?["reason"] as? String == "not deployed yet")
    }

    /// With `golden_mismatch` off, the operation's golden file is neither compared nor recorded.
    @Test func switchingOffGoldenMismatchRecordsNothing() throws {
        let folder = try ConformCommand.scratchFolder()
        try """
            specs: [\(ConformCommand.packageRoot.path)/specs/stripe-checkout.yaml]
            target: sandbox
            operations:
              POST /checkout:
                checks-off: {golden_mismatch: "amounts differ per test account"}

            """.write(to: folder.appendingPathComponent("conform.yaml"), atomically: true, encoding: .utf8)
        let outcome = try ConformCommand.run(["run", "--quiet", "--record", "missing"], in: folder)
        #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
        #expect(outcome.output.hasSuffix("golden: 0 matched, 0 mismatched, 0 recorded\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("golden").path))
    }

    @Test func anOperationsKeyThatNamesNoOperationIsAnError() throws {
        let file = try ConformCommand.temporaryFile("conform.yaml", """
            specs: [\(ConformCommand.packageRoot.path)/specs/stripe-checkout.yaml]
            target: sandbox
            operations:
              createSession: {timeout: 30}

            """)
        #expect(try ConformCommand.run(["run", "--config", file]) == .init(
            status: 2, output: "",
            errors: "\(file):4:3: error: 'operations.createSession' names no operation of the specs [config.value]\n"))
    }

    @Test func withoutSpecsTheRunIsInvalid() throws {
        #expect(try ConformCommand.run(["run", "--target", "sandbox"], in: ConformCommand.scratchFolder()) == .init(
            status: 2, output: "",
            errors: "error: no specs: name them as arguments or under 'specs' in conform.yaml\n"))
    }
}
