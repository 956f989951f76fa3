import ConformCore

extension RunCase {
    /// The wire parts of a generated case; the case itself is kept for shrinking.
    public init(_ testCase: TestCase) {
        let request = testCase.request
        self.init(
            id: testCase.id, operationID: testCase.operationID, seed: testCase.seed,
            expectation: testCase.expectation, method: request.method.wireName, path: request.path,
            query: request.query.map { ($0.name, $0.value) }, headers: request.headers.map { HeaderField($0.name, $0.value) },
            cookies: request.cookies, body: request.body, mediaType: request.contentType)
        self.testCase = testCase
    }
}
