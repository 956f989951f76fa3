import ConformCore
import ConformRunner
import Foundation
import Testing

/// `--uses` derived from a folder of golden records.
@Suite("drift uses from golden records")
struct DriftGoldenUsesTests {
    /// createCheckout recorded twice: a cart and its session, and a null body refused with a code.
    static let golden = """
        {
          "cases": {
            "baseline-1": {
              "request": {"body": {"product_cart": [{"product_id": "p1", "quantity": 2}, {"product_id": "p2", "quantity": 1}]}, "method": "POST", "path": "/checkouts"},
              "response": {"body": {"checkout_url": "https://pay.example.com/s1", "session_id": "s1"}, "status": 200}
            },
            "nullRejected-2": {
              "request": {"body": null, "method": "POST", "path": "/checkouts"},
              "response": {"body": {"code": "invalid"}, "status": 422}
            }
          },
          "operation": "createCheckout",
          "spec": "dodo"
        }

        """

    @Test("the operations recorded and the leaves of their bodies, array elements as 0")
    func derived() throws {
        let folder = try TestSupport.temporaryFolder(["createCheckout.json": Self.golden, "normalize.yaml": "ids: []\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let usage = try UsageList(goldenFolder: folder)
        #expect(usage.file == folder)
        #expect(usage.entries == [
            UsageList.Entry(
                operation: "createCheckout",
                request: [JSONPointer("/product_cart/0/product_id")!, JSONPointer("/product_cart/0/quantity")!],
                response: [JSONPointer("/checkout_url")!, JSONPointer("/code")!, JSONPointer("/session_id")!]),
        ])
    }

    @Test("only changes under the recorded fields of the recorded operations fail")
    func report() async throws {
        let folder = try TestSupport.temporaryFolder(["createCheckout.json": Self.golden])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try await DriftSupport.drift(DriftSupport.dodo, DriftReportTests.new, usage: UsageList(goldenFolder: folder))
        #expect(outcome.text == DriftReportTests.cartText)
        #expect(outcome.report.failing(at: .breaking).map(\.rule) == [.requestMaximumLowered])
    }

    @Test("a request body kept as a digest hides its fields: every request body change counts")
    func digest() throws {
        let digested = Self.golden.replacingOccurrences(
            of: #""body": null"#, with: #""body": {"bytes": 12, "digest": "fnv1a64:00000000000000ff"}"#)
        let folder = try TestSupport.temporaryFolder(["createCheckout.json": digested])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let entry = try #require(UsageList(goldenFolder: folder).entries.first)
        #expect(entry.request == nil)
        #expect(entry.response == [JSONPointer("/checkout_url")!, JSONPointer("/code")!, JSONPointer("/session_id")!])
    }

    @Test("the seed golden folder of Stripe's checkout")
    func stripeSeed() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("golden/stripe-checkout").path
        let usage = try UsageList(goldenFolder: folder)
        #expect(usage.entries.map(\.operation) == ["createCheckoutSession"])
        // `/items` and `/items/0` stand for the recorded `[]` and `[{}]`: empty containers are leaves.
        #expect(usage.entries[0].request?.map(\.description) == [
            "/items", "/items/0", "/items/0/name", "/items/0/price", "/items/0/product", "/items/0/quantity",
        ])
        #expect(usage.entries[0].response?.count == 22)
    }

    @Test("a folder without golden files is an error")
    func empty() throws {
        let folder = try TestSupport.temporaryFolder(["normalize.yaml": "ids: []\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: LoadError.self) { try UsageList(goldenFolder: folder) }
        do {
            _ = try UsageList(goldenFolder: folder)
        } catch {
            #expect(error.description == "error: \(folder) holds no golden files (<operation>.json) [uses.invalid]")
        }
    }
}
