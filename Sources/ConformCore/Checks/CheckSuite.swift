/// The selected checks, applied to exchanges one by one.
public struct CheckSuite: Sendable {
    public let context: CheckContext
    public let selected: Set<CheckName>

    public init(context: CheckContext, selected: Set<CheckName> = Set(CheckName.allCases)) {
        self.context = context
        self.selected = selected
    }

    static var exchangeChecks: [any ExchangeCheck.Type] {
        [
            ServerErrorCheck.self, StatusCodeCheck.self, ContentTypeCheck.self, ResponseSchemaCheck.self,
            ResponseHeadersCheck.self, NegativeRejectedCheck.self,
            PositiveAcceptedCheck.self, AuthEnforcedCheck.self,
        ]
    }

    /// The selected single-exchange checks that judge the response of `exchange`: what a
    /// report counts so that a check that judged nothing is not shown as passed.
    public func judging(_ exchange: Exchange) -> Set<CheckName> {
        guard let operation = context.operation(withID: exchange.operationID) else { return [] }
        var judging: Set<CheckName> = []
        for check in CheckSuite.exchangeChecks where selected.contains(check.check) {
            if check.judges(exchange, of: operation) { judging.insert(check.check) }
        }
        return judging
    }

    /// The findings of every selected single-exchange check for `exchange`.
    public func findings(in exchange: Exchange) -> [Finding] {
        guard exchange.response != nil, let operation = context.operation(withID: exchange.operationID) else {
            return []
        }
        var findings: [Finding] = []
        for check in CheckSuite.exchangeChecks where selected.contains(check.check) {
            findings += check.findings(in: exchange, of: operation, context: context)
        }
        return findings
    }
}
