import Testing

/// `conform validate SPEC --schema POINTER FILE`: its output and exit status for a valid value,
/// an invalid one, and each input it cannot use.
@Suite("conform validate")
struct ValidateCommandTests {
    static let spec = "specs/dodo-checkouts.yaml"
    static let request = "#/components/schemas/CreateCheckoutSessionRequest"

    @Test func validValuePrintsNothingAndExitsZero() throws {
        let file = try ConformCommand.temporaryFile("ok.json", #"{"product_cart": [{"product_id": "pdt_1", "quantity": 1}]}"#)
        #expect(try ConformCommand.run(["validate", Self.spec, "--schema", Self.request, file])
            == .init(status: 0, output: "", errors: ""))
    }

    @Test func everyErrorIsPrintedWithItsPositionAndExitsOne() throws {
        let file = try ConformCommand.temporaryFile(
            "bad.json", #"{"product_cart": [{"product_id": "pdt_1", "quantity": -1}], "billing_currency": "XYZ"}"#)
        #expect(try ConformCommand.run(["validate", Self.spec, "--schema", Self.request, file]) == .init(
            status: 1,
            output: """
                /billing_currency: "XYZ" is not valid against any schema in oneOf (specs/dodo-checkouts.yaml:108:11)
                /product_cart/0/quantity: -1 is less than minimum 0 (specs/dodo-checkouts.yaml:749:11)

                """,
            errors: ""))
    }

    @Test func yamlValuesAreReadToo() throws {
        let file = try ConformCommand.temporaryFile("bad.yaml", "product_cart:\n  - product_id: pdt_1\n    quantity: 2147483648\n")
        #expect(try ConformCommand.run(["validate", Self.spec, "--schema", Self.request, file]) == .init(
            status: 1,
            output: """
                /product_cart/0/quantity: 2147483648 is not a valid "int32" (outside -2147483648…2147483647) (specs/dodo-checkouts.yaml:748:11)

                """,
            errors: ""))
    }

    @Test func schemaThatDoesNotResolveExitsTwo() throws {
        let file = try ConformCommand.temporaryFile("ok.json", "{}")
        #expect(try ConformCommand.run(["validate", Self.spec, "--schema", "#/components/schemas/Nope", file]) == .init(
            status: 2, output: "",
            errors: """
                schema '#/components/schemas/Nope' does not resolve in 'specs/dodo-checkouts.yaml': reference '#/components/schemas/Nope' does not resolve

                """))
    }

    @Test func missingSpecExitsTwo() throws {
        let file = try ConformCommand.temporaryFile("ok.json", "{}")
        #expect(try ConformCommand.run(["validate", "specs/nope.yaml", "--schema", "#/x", file]) == .init(
            status: 2, output: "",
            errors: """
                cannot load spec 'specs/nope.yaml':
                error: cannot read 'specs/nope.yaml': No such file or directory [io.read]

                """))
    }

    @Test func malformedFileExitsTwoWithItsPosition() throws {
        let file = try ConformCommand.temporaryFile("broken.json", "{\"a\": \n")
        let outcome = try ConformCommand.run(["validate", Self.spec, "--schema", Self.request, file])
        #expect(outcome.status == 2)
        #expect(outcome.output == "")
        #expect(outcome.errors.split(separator: "\n").prefix(2) == [
            "cannot load '\(file)':", "\(file):2:1: error: did not find expected node content [yaml.syntax]",
        ])
    }
}
