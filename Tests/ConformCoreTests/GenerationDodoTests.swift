import ConformCore
import Testing

@Suite("Generation: Dodo checkout")
struct GenerationDodoTests {
    let cases: [TestCase]

    init() throws {
        let document = try GenerationSupport.document(GenerationSupport.dodo)
        let result = GenerationSupport.generator(document).allCases()
        cases = result.cases
    }

    /// `(kind, value at the pointer, expectation)` of the cases about `pointer`.
    func summary(_ pointer: String) -> [String] {
        let target = JSONPointer(pointer)!
        return cases.filter { $0.pointer == target }.map { testCase in
            let value = testCase.inputs.value(at: target).map { $0.serialized() } ?? "<absent>"
            let expectation: String
            switch testCase.expectation {
            case .valid: expectation = "valid"
            case .invalid(let keyword, let pointer): expectation = "invalid \(keyword) at \(pointer)"
            case .malformed(let malformation, let pointer, _): expectation = "malformed \(malformation.rawValue) at \(pointer)"
            }
            return "\(testCase.kind.rawValue) \(value) \(expectation)"
        }
    }

    @Test func quantityYieldsItsInt32BoundCases() {
        #expect(summary("/body/product_cart/0/quantity") == [
            "requiredMissing <absent> invalid required at /body/product_cart/0",
            "nullRejected null invalid type at /body/product_cart/0/quantity",
            "wrongType true invalid type at /body/product_cart/0/quantity",
            "wrongType \"wrong-type\" invalid type at /body/product_cart/0/quantity",
            "wrongType {} invalid type at /body/product_cart/0/quantity",
            "wrongType [] invalid type at /body/product_cart/0/quantity",
            "wrongType 1.5 invalid type at /body/product_cart/0/quantity",
            // What a lenient server coerces into the integer it wants.
            "wrongType \"1\" invalid type at /body/product_cart/0/quantity",
            "wrongType \"1.5\" invalid type at /body/product_cart/0/quantity",
            "wrongType \"\" invalid type at /body/product_cart/0/quantity",
            "bound 0 valid",
            "pastBound -1 invalid minimum at /body/product_cart/0/quantity",
            "bound 2147483647 valid",
            "pastBound 2147483648 invalid format at /body/product_cart/0/quantity",
        ])
    }

    @Test func billingCurrencyYieldsEveryCurrencyOneOutsideAndNull() {
        #expect(summary("/body/billing_currency") == [
            "optionalMissing <absent> valid",
            "enumValue \"AED\" valid",
            "enumValue \"EUR\" valid",
            "enumValue \"GBP\" valid",
            "enumValue \"INR\" valid",
            "enumValue \"USD\" valid",
            "enumOutside \"not_in_enum\" invalid oneOf at /body/billing_currency",
            "nullAllowed null valid",
            "wrongType true invalid oneOf at /body/billing_currency",
            "wrongType 1 invalid oneOf at /body/billing_currency",
            "wrongType {} invalid oneOf at /body/billing_currency",
            "wrongType [] invalid oneOf at /body/billing_currency",
        ])
    }

    @Test func leavingOutProductCartIsInvalidRequired() {
        #expect(summary("/body/product_cart").contains("requiredMissing <absent> invalid required at /body"))
    }
}
