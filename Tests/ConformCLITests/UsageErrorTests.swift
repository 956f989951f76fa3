import Testing

/// A flag or argument that ArgumentParser rejects is invalid input: exit status 2, as the
/// README's exit codes say, with ArgumentParser's message and usage on standard error.
@Suite("Usage errors")
struct UsageErrorTests {
    @Test func badOptionValueExitsTwo() throws {
        let outcome = try ConformCommand.run([
            "validate", "specs/dodo-checkouts.yaml", "--schema", "#/x", "x.json", "--direction", "sideways",
        ])
        #expect(outcome.status == 2)
        #expect(outcome.output == "")
        #expect(outcome.errors.split(separator: "\n").first
            == "Error: The value 'sideways' is invalid for '--direction <direction>'. Please provide one of 'none', 'request' or 'response'.")
    }

    @Test(arguments: [
        (["run", "--random", "many"], "Error: The value 'many' is invalid for '--random <random>'"),
        (["lint", "specs/stripe-checkout.yaml", "--strict-mode"], "Error: Unknown option '--strict-mode'"),
        (["nosuch"], "Error: Unexpected argument 'nosuch'"),
        (["sandbox", "--port", "70000"], "Error: --port must be between 0 and 65535"),
    ])
    func rejectedArgumentsExitTwo(arguments: [String], message: String) throws {
        let outcome = try ConformCommand.run(arguments)
        #expect(outcome.status == 2)
        #expect(outcome.errors.split(separator: "\n").first.map(String.init) == message)
    }

    @Test func unknownCaseKindExitsTwo() throws {
        let outcome = try ConformCommand.run(["run", "specs/stripe-checkout.yaml", "--target", "sandbox", "--kinds", "baseline,broken"])
        #expect(outcome.status == 2)
        #expect(outcome.errors == "error: unknown case kind 'broken'; known kinds: baseline, enumValue, enumOutside, nullAllowed, "
            + "nullRejected, bound, pastBound, length, pastLength, pattern, format, items, pastItems, requiredMissing, "
            + "optionalMissing, wrongType, branch, random, example, empty, duplicateItems, pastProperties, pastMultipleOf, "
            + "constOutside, notMatched, additionalProperty, bothBranches, malformed\n")
    }

    @Test func helpIsNotAnError() throws {
        let outcome = try ConformCommand.run(["validate", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.output.hasPrefix("OVERVIEW: Validate a JSON or YAML file against a schema of an OpenAPI document."))
    }
}
