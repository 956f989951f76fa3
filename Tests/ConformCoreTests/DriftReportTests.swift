import ConformCore
import Testing

/// Grouping, uses lists and the three output formats.
@Suite("drift reports")
struct DriftReportTests {
    /// INR leaves Currency (shared by two requests and a response); quantities drop to 100.
    static let new = DriftSupport.edit(DriftSupport.dodo, [
        ("enum: [USD, EUR, GBP, INR]", "enum: [USD, EUR, GBP]"),
        ("minimum: 1, maximum: 1000", "minimum: 1, maximum: 100"),
    ])

    /// The report when the integration uses the cart of createCheckout's request and the
    /// session of its response (a YAML list or golden records saying so).
    static let cartText = """
        breaking request-enum-value-removed enum value "INR" removed old.yaml:56:30 -> new.yaml:56:30 witness {"product_cart":[{"product_id":"string","quantity":1}],"billing_currency":"INR"} at createCheckout request body application/json /billing_currency (+1 more) [unused]
        breaking request-maximum-lowered maximum changed from 1000 to 100 old.yaml:63:62 -> new.yaml:63:62 witness {"product_cart":[{"product_id":"string","quantity":1000}]} at createCheckout request body application/json /product_cart/0/quantity (+1 more)
        info response-enum-value-removed enum value "INR" removed old.yaml:56:30 -> new.yaml:56:30 at createCheckout response 200 body application/json /currency [unused]
        info response-bounds-narrowed maximum changed from 1000 to 100 old.yaml:63:62 -> new.yaml:63:62 at getCheckout response 200 body application/json /items/0/quantity [unused]
        2 breaking, 0 warning, 2 info (0 refactors); 1 touch the used operations

        """

    @Test("a change in a shared component is reported once with every place it reaches")
    func oneCauseManyPlaces() async throws {
        let outcome = try await DriftSupport.drift(DriftSupport.dodo, Self.new)
        let removed = outcome.changes(.requestEnumValueRemoved)
        try #require(removed.count == 1)
        #expect(removed[0].places.map { "\($0.operation) \($0.direction) \($0.pointer)" } == [
            "createCheckout request /billing_currency", "previewCheckout request /billing_currency",
        ])
        #expect(outcome.changes(.responseEnumValueRemoved).map { $0.places.map(\.operation) } == [["createCheckout"]])
    }

    @Test("text: one line per change with positions and the witness")
    func text() async throws {
        let outcome = try await DriftSupport.drift(DriftSupport.dodo, Self.new)
        #expect(outcome.text == """
            breaking request-enum-value-removed enum value "INR" removed old.yaml:56:30 -> new.yaml:56:30 witness {"product_cart":[{"product_id":"string","quantity":1}],"billing_currency":"INR"} at createCheckout request body application/json /billing_currency (+1 more)
            breaking request-maximum-lowered maximum changed from 1000 to 100 old.yaml:63:62 -> new.yaml:63:62 witness {"product_cart":[{"product_id":"string","quantity":1000}]} at createCheckout request body application/json /product_cart/0/quantity (+1 more)
            info response-enum-value-removed enum value "INR" removed old.yaml:56:30 -> new.yaml:56:30 at createCheckout response 200 body application/json /currency
            info response-bounds-narrowed maximum changed from 1000 to 100 old.yaml:63:62 -> new.yaml:63:62 at getCheckout response 200 body application/json /items/0/quantity
            2 breaking, 0 warning, 2 info (0 refactors)

            """)
    }

    @Test("JSON: versioned, every change with rule, verdict, positions, witness and places")
    func json() async throws {
        let outcome = try await DriftSupport.drift(DriftSupport.dodo, Self.new)
        let folder = try TestSupport.temporaryFolder(["report.json": outcome.report.json])
        let root = try DocumentLoader.load(path: folder + "/report.json").root
        #expect(root["format"] == "conform-drift/1")
        #expect(root["summary"] == ["breaking": 2, "info": 2, "refactors": 0, "warning": 0])
        let first = try #require(root["changes"]?.arrayValue?.first)
        #expect(first["rule"] == "request-enum-value-removed")
        #expect(first["old"]?["line"] == 56)
        #expect(first["witness"]?["value"]?["billing_currency"] == "INR")
        #expect(first["places"]?.arrayValue?.count == 2)
        // Written member by member, yet canonical: what any canonical writer makes of it.
        #expect(root.serialized(.canonical) == outcome.report.json)
    }

    @Test("markdown: summary table and breaking changes with witnesses")
    func markdown() async throws {
        let markdown = try await DriftSupport.drift(DriftSupport.dodo, Self.new).report.markdown
        #expect(markdown.contains("| 2 | 0 | 2 | 0 |"))
        #expect(markdown.contains("- **`request-enum-value-removed`** enum value \"INR\" removed"))
        #expect(markdown.contains("  - witness (request body application/json): `{\"product_cart\":[{\"product_id\":\"string\",\"quantity\":1}],\"billing_currency\":\"INR\"}`"))
    }

    @Test("--uses: only changes that touch the used operations and fields fail")
    func uses() async throws {
        let onlyStatus = try await DriftSupport.drift(DriftSupport.dodo, Self.new, uses: "operations: [getCheckout]\n")
        #expect(onlyStatus.report.changes.map(\.isUsed) == [false, false, false, true])
        #expect(onlyStatus.report.failing(at: .breaking) == [])

        let cart = """
            operations:
              - operation: POST /checkouts
                request: [/product_cart]
                response: [/session_id]

            """
        let outcome = try await DriftSupport.drift(DriftSupport.dodo, Self.new, uses: cart)
        #expect(outcome.text == Self.cartText)
        #expect(outcome.report.failing(at: .breaking).map(\.rule) == [.requestMaximumLowered])
        #expect(outcome.report.failing(at: .info).map(\.rule) == [.requestMaximumLowered])
    }
}
